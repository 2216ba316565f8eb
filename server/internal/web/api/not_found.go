package api

import (
	"github.com/gofiber/fiber/v2"
)

func (s *Server) apiNotFound(c *fiber.Ctx) error {
	return fiber.NewError(fiber.StatusNotFound, "There is no API endpoint "+c.Method()+" "+c.Path()+".")
}
