package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/texts"
	"clientportal/shared/api"
)

// updateTextSettings answers PATCH /api/v1/text-settings: the phone
// region, the hourly limit and the wording of the login link text.
func (s *Server) updateTextSettings(c *fiber.Ctx) error {
	var in api.TextSettingsUpdate
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	v, err := s.Texts.SaveSettings(c.UserContext(), workspaceID(c), texts.Settings{PhoneRegion: in.PhoneRegion, HourlyLimit: in.HourlyLimit, Template: in.Template})
	if err != nil {
		return err
	}
	return c.JSON(textSettingsJSON(v))
}
