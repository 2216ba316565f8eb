package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// sendDocument answers POST /api/v1/documents/:id/send.
func (s *Server) sendDocument(c *fiber.Ctx) error {
	v, err := s.Documents.Send(c.UserContext(), workspaceID(c), c.Params("id"), httpx.DocMeta(c))
	if err != nil {
		return err
	}
	return c.JSON(documentJSON(v))
}
