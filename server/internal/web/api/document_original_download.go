package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// downloadOriginal answers GET /api/v1/documents/:id/original.
func (s *Server) downloadOriginal(c *fiber.Ctx) error {
	f, err := s.Documents.Original(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return httpx.SendPDF(c, f, "attachment", "")
}
