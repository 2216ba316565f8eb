package portal

import (
	"time"

	"clientportal/server/internal/web/httpx"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/limiter"
)

// loginLimiter caps login attempts per IP, shared by every instance.
func (s *Server) loginLimiter() fiber.Handler {
	return limiter.New(limiter.Config{
		Max:        30,
		Expiration: 10 * time.Minute,
		Storage:    s.Limits,
		KeyGenerator: func(c *fiber.Ctx) string {
			return "login-ip:" + httpx.ClientIP(c)
		},
		Next: func(c *fiber.Ctx) bool { return c.Method() == fiber.MethodGet },
		LimitReached: func(c *fiber.Ctx) error {
			return fiber.NewError(fiber.StatusTooManyRequests, s.lz(c).T("common.error.network_limit"))
		},
	})
}
