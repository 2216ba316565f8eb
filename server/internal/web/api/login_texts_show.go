package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
	"clientportal/shared/api"
)

// showLoginTexts answers GET /api/v1/login-texts/:batch with each
// contact's delivery state and the provider's error code.
func (s *Server) showLoginTexts(c *fiber.Ctx) error {
	rs, err := s.Texts.LoginTextBatch(c.UserContext(), workspaceID(c), c.Params("batch"))
	if err != nil {
		return err
	}
	out := api.LoginTextBatch{BatchID: c.Params("batch"), Total: len(rs), Results: make([]api.LoginTextResult, len(rs))}
	for i, r := range rs {
		out.Results[i] = api.LoginTextResult{ContactID: r.ContactID, Status: r.Status, ErrorCode: r.ErrorCode, Error: r.Error, SentAt: r.SentAt}
		out.Count(r.Status)
	}
	httpx.NoStore(c)
	return c.JSON(out)
}
