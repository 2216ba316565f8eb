package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/documents"
	"clientportal/server/internal/web/httpx"
	"clientportal/shared/api"
)

// sendDocument answers POST /api/v1/documents/:id/send with an optional
// body {"reminders":{"first_after","every","max"},"expires_in"}.
func (s *Server) sendDocument(c *fiber.Ctx) error {
	var in api.DocumentSendOptions
	if len(c.Body()) > 0 {
		if err := parseJSON(c, &in); err != nil {
			return err
		}
	}
	o := documents.SendOptions{ExpiresIn: in.ExpiresIn}
	if in.Reminders != nil {
		o.FirstAfter, o.Every, o.Max = in.Reminders.FirstAfter, in.Reminders.Every, in.Reminders.Max
	}
	v, err := s.Documents.Send(c.UserContext(), workspaceID(c), c.Params("id"), o, httpx.DocMeta(c))
	if err != nil {
		return err
	}
	return c.JSON(documentJSON(v))
}
