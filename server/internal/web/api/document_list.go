package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// listDocuments answers GET /api/v1/documents?status=.
func (s *Server) listDocuments(c *fiber.Ctx) error {
	vs, err := s.Documents.List(c.UserContext(), workspaceID(c), c.Query("status"))
	if err != nil {
		return err
	}
	out := api.DocumentList{Documents: make([]api.Document, 0, len(vs))}
	for _, v := range vs {
		out.Documents = append(out.Documents, documentJSON(v))
	}
	return c.JSON(out)
}
