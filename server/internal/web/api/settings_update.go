package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/workspace"
	"clientportal/shared/api"
)

// updateSettings answers PATCH /api/v1/portal/settings.
func (s *Server) updateSettings(c *fiber.Ctx) error {
	var in api.PortalSettings
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	err := s.Workspaces.UpdateSettings(c.UserContext(), workspaceID(c), workspace.Settings{Name: in.Name, AccentColor: in.AccentColor,
		SendingDomain: in.SendingDomain, MagicLinkTTLSecs: in.MagicLinkTTLSeconds, LoginEmailTTLSecs: in.LoginEmailTTLSeconds,
		TimeZone: in.TimeZone, Language: in.Language})
	if err != nil {
		return err
	}
	return s.showPortal(c)
}
