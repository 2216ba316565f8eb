package web

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/access"
	"clientportal/shared/api"
)

// createInvite answers POST /api/v1/invites.
func (s *Server) createInvite(c *fiber.Ctx) error {
	var in api.InviteRequest
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	ct, err := s.Access.Invite(c.UserContext(), workspaceID(c), access.InviteInput{ContactID: in.ContactID, Email: in.Email, Name: in.Name})
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(api.InviteResult{Contact: contactJSON(ct)})
}

// createMagicLink answers POST /api/v1/contacts/:id/magic-links.
func (s *Server) createMagicLink(c *fiber.Ctx) error {
	url, exp, err := s.Access.NewMagicLink(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(api.MagicLink{URL: url, ExpiresAt: exp})
}
