package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/documents"
	"clientportal/server/internal/web/httpx"
)

// downloadFinal answers GET /api/v1/documents/:id/final.
func (s *Server) downloadFinal(c *fiber.Ctx) error {
	f, err := s.Documents.Final(c.UserContext(), workspaceID(c), c.Params("id"), documents.ActorOwner, httpx.DocMeta(c))
	if err != nil {
		return err
	}
	return httpx.SendPDF(c, f, "attachment", " (signed)")
}
