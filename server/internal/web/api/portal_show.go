package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/workspace"
	"clientportal/shared/api"
)

// showPortal answers GET /api/v1/portal.
func (s *Server) showPortal(c *fiber.Ctx) error {
	o, err := s.Workspaces.Overview(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	return c.JSON(portalJSON(o))
}

func portalJSON(o workspace.Overview) api.Portal {
	p := api.Portal{Workspace: api.Workspace{ID: o.Workspace.ID, Name: o.Workspace.Name}, URL: o.URL,
		Domains: []api.Domain{}, Invited: o.Counts.Invited, Joined: o.Counts.Joined,
		Settings: api.Settings{AccentColor: o.Workspace.AccentColor, SendingDomain: o.Workspace.SendingDomain,
			MagicLinkTTLSeconds: o.Workspace.MagicLinkTTLSecs, LoginEmailTTLSeconds: o.Workspace.LoginEmailTTLSecs,
			TimeZone: o.Workspace.TimeZone, Language: o.Workspace.Language}}
	for _, d := range o.Domains {
		p.Domains = append(p.Domains, domainJSON(d))
	}
	return p
}
