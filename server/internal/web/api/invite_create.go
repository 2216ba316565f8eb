package api

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
