package portal

import (
	"github.com/gofiber/fiber/v2"
)

func (s *Server) pageNotFound(c *fiber.Ctx) error {
	return fiber.NewError(fiber.StatusNotFound, s.lz(c).T("common.error.not_found"))
}
