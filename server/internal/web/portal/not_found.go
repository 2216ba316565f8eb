package portal

import (
	"github.com/gofiber/fiber/v2"
)

func (s *Server) pageNotFound(c *fiber.Ctx) error {
	return fiber.NewError(fiber.StatusNotFound, "This page does not exist. Check the address, or go back to the start page.")
}
