package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showTextSettings answers GET /api/v1/text-settings.
func (s *Server) showTextSettings(c *fiber.Ctx) error {
	v, err := s.Texts.Settings(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	httpx.NoStore(c)
	return c.JSON(textSettingsJSON(v))
}
