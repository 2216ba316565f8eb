package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/contacts"
	"clientportal/shared/api"
)

// createInvite answers POST /api/v1/invites.
func (s *Server) createInvite(c *fiber.Ctx) error {
	var in api.InviteRequest
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	ct, err := s.Contacts.Invite(c.UserContext(), workspaceID(c), contacts.InviteInput{ContactID: in.ContactID, Email: in.Email, Name: in.Name})
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(api.InviteResult{Contact: contactJSON(ct)})
}
