package api

import (
	"github.com/gofiber/fiber/v2"
)

// showDocument answers GET /api/v1/documents/:id.
func (s *Server) showDocument(c *fiber.Ctx) error {
	v, err := s.Documents.Get(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(documentJSON(v))
}
