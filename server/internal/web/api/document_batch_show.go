package api

import "github.com/gofiber/fiber/v2"

// showBatch answers GET /api/v1/document-batches/:id with each contact's status.
func (s *Server) showBatch(c *fiber.Ctx) error {
	b, err := s.Documents.GetBatch(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(batchJSON(b))
}
