package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/shared/api"
)

// createMagicLink answers POST /api/v1/contacts/:id/magic-links; with
// {"deliver":"sms"} the link is also texted to the contact.
func (s *Server) createMagicLink(c *fiber.Ctx) error {
	var in api.MagicLinkRequest
	if len(c.Body()) > 0 {
		if err := parseJSON(c, &in); err != nil {
			return err
		}
	}
	switch in.Deliver {
	case "":
		url, exp, err := s.Links.NewMagicLink(c.UserContext(), workspaceID(c), c.Params("id"))
		if err != nil {
			return err
		}
		return c.Status(fiber.StatusCreated).JSON(api.MagicLink{URL: url, ExpiresAt: exp})
	case "sms":
		l, err := s.Texts.SendMagicLink(c.UserContext(), workspaceID(c), c.Params("id"))
		if err != nil {
			return err
		}
		return c.Status(fiber.StatusCreated).JSON(api.TextedMagicLink{MagicLink: api.MagicLink{URL: l.URL, ExpiresAt: l.ExpiresAt}, TextID: l.TextID})
	}
	return apperr.Validation{"deliver": `Use "sms" to text the link, or leave it out.`}.Err()
}
