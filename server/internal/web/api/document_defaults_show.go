package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/documents"
	"clientportal/shared/api"
)

// showSigningDefaults answers GET /api/v1/documents/defaults: the reminders
// and expiry a send uses where its body names none.
func (s *Server) showSigningDefaults(c *fiber.Ctx) error {
	d, err := s.Documents.SigningDefaults(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	return c.JSON(signingDefaultsJSON(d))
}

func signingDefaultsJSON(d documents.SigningDefaults) api.DocumentSendOptions {
	max := d.Max
	return api.DocumentSendOptions{ExpiresIn: d.ExpiresIn.String(),
		Reminders: &api.ReminderPlan{FirstAfter: d.FirstAfter.String(), Every: d.Every.String(), Max: &max}}
}
