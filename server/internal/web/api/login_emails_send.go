package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// sendLoginEmails answers POST /api/v1/login-emails with 202: the emails
// are made and delivered by the job queue.
func (s *Server) sendLoginEmails(c *fiber.Ctx) error {
	var in api.LoginEmailsRequest
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	batch, n, err := s.Links.SendLoginEmails(c.UserContext(), workspaceID(c), in.ContactIDs)
	if err != nil {
		return err
	}
	c.Location("/api/v1/login-emails/" + batch)
	return c.Status(fiber.StatusAccepted).JSON(api.LoginEmailsResult{Queued: n, BatchID: batch})
}
