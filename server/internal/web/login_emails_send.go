package web

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
	batch, n, err := s.Access.SendLoginEmails(c.UserContext(), workspaceID(c), in.ContactIDs)
	if err != nil {
		return err
	}
	c.Location("/api/v1/login-emails/" + batch)
	return c.Status(fiber.StatusAccepted).JSON(api.LoginEmailsResult{Queued: n, BatchID: batch})
}

// showLoginEmails answers GET /api/v1/login-emails/:batch with each
// contact's delivery status.
func (s *Server) showLoginEmails(c *fiber.Ctx) error {
	rs, err := s.Access.LoginEmailBatch(c.UserContext(), workspaceID(c), c.Params("batch"))
	if err != nil {
		return err
	}
	out := api.LoginEmailBatch{BatchID: c.Params("batch"), Total: len(rs), Results: make([]api.LoginEmailResult, len(rs))}
	for i, r := range rs {
		out.Results[i] = api.LoginEmailResult{ContactID: r.ContactID, Status: r.Status, Error: r.Error}
		out.Count(r.Status)
	}
	noStore(c)
	return c.JSON(out)
}
