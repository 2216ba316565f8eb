package api

import (
	"github.com/gofiber/fiber/v2"
)

// showContactAvatar answers GET /api/v1/contacts/:id/avatar for the owner.
func (s *Server) showContactAvatar(c *fiber.Ctx) error {
	return s.SendAvatar(c, workspaceID(c), c.Params("id"))
}
