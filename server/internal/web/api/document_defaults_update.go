package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/documents"
	"clientportal/shared/api"
)

// updateSigningDefaults answers PATCH /api/v1/documents/defaults: the
// fields given change, the others stay.
func (s *Server) updateSigningDefaults(c *fiber.Ctx) error {
	var in api.DocumentSendOptions
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	o := documents.SendOptions{ExpiresIn: in.ExpiresIn}
	if in.Reminders != nil {
		o.FirstAfter, o.Every, o.Max = in.Reminders.FirstAfter, in.Reminders.Every, in.Reminders.Max
	}
	d, err := s.Documents.SaveSigningDefaults(c.UserContext(), workspaceID(c), o)
	if err != nil {
		return err
	}
	return c.JSON(signingDefaultsJSON(d))
}
