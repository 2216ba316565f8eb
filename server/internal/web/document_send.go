package web

import (
	"github.com/gofiber/fiber/v2"
)

// sendDocument answers POST /api/v1/documents/:id/send.
func (s *Server) sendDocument(c *fiber.Ctx) error {
	v, err := s.Documents.Send(c.UserContext(), workspaceID(c), c.Params("id"), docMeta(c))
	if err != nil {
		return err
	}
	return c.JSON(documentJSON(v))
}
