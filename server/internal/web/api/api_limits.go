package api

import (
	"strings"

	"github.com/gofiber/fiber/v2"
)

// apiLimits refuses API bodies over 1 MiB, except uploads.
func (s *Server) apiLimits(c *fiber.Ctx) error {
	if strings.HasPrefix(c.Get(fiber.HeaderContentType), fiber.MIMEMultipartForm) {
		return c.Next()
	}
	if len(c.Body()) > 1<<20 {
		return fiber.NewError(fiber.StatusRequestEntityTooLarge, "The request body is larger than 1 MiB.")
	}
	return c.Next()
}
