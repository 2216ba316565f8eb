package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/documents"
	"clientportal/server/internal/web/httpx"
	"clientportal/shared/api"
)

// extendDocument answers POST /api/v1/documents/:id/extend {"expires_in"}.
func (s *Server) extendDocument(c *fiber.Ctx) error {
	var in api.DocumentExtension
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	d, err := documents.ParseExpiresIn(in.ExpiresIn)
	if err != nil {
		return err
	}
	v, err := s.Documents.Extend(c.UserContext(), workspaceID(c), c.Params("id"), d, httpx.DocMeta(c))
	if err != nil {
		return err
	}
	return c.JSON(documentJSON(v))
}
