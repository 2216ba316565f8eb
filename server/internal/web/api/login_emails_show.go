package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
	"clientportal/shared/api"
)

// showLoginEmails answers GET /api/v1/login-emails/:batch with each
// contact's delivery status.
func (s *Server) showLoginEmails(c *fiber.Ctx) error {
	rs, err := s.Links.LoginEmailBatch(c.UserContext(), workspaceID(c), c.Params("batch"))
	if err != nil {
		return err
	}
	out := api.LoginEmailBatch{BatchID: c.Params("batch"), Total: len(rs), Results: make([]api.LoginEmailResult, len(rs))}
	for i, r := range rs {
		out.Results[i] = api.LoginEmailResult{ContactID: r.ContactID, Status: r.Status, Error: r.Error}
		out.Count(r.Status)
	}
	httpx.NoStore(c)
	return c.JSON(out)
}
