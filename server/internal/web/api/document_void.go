package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
	"clientportal/shared/api"
)

// voidDocument answers POST /api/v1/documents/:id/void {"reason"}.
func (s *Server) voidDocument(c *fiber.Ctx) error {
	var in api.DocumentVoid
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	v, err := s.Documents.Void(c.UserContext(), workspaceID(c), c.Params("id"), in.Reason, httpx.DocMeta(c))
	if err != nil {
		return err
	}
	return c.JSON(documentJSON(v))
}
