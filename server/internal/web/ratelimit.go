package web

import (
	"log/slog"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/limiter"
)

// loginLimiter caps login attempts per IP, shared by every instance.
func (s *Server) loginLimiter() fiber.Handler {
	return limiter.New(limiter.Config{
		Max:        30,
		Expiration: 10 * time.Minute,
		Storage:    s.Store.KV(),
		KeyGenerator: func(c *fiber.Ctx) string {
			return "login-ip:" + c.IP()
		},
		Next: func(c *fiber.Ctx) bool { return c.Method() == fiber.MethodGet },
		LimitReached: func(c *fiber.Ctx) error {
			return fiber.NewError(fiber.StatusTooManyRequests, "Too many tries from your network. Wait a few minutes and try again.")
		},
	})
}

// allowEmail counts an attempt for an email address (or another key) and
// reports whether it is within max per window; known and unknown emails
// count alike. The count is one atomic upsert shared by every instance.
func (s *Server) allowEmail(c *fiber.Ctx, workspaceID, email string, max int, window time.Duration) bool {
	key := "login-email:" + workspaceID + ":" + strings.ToLower(strings.TrimSpace(email))
	n, err := s.Store.Hit(c.UserContext(), key, window)
	if err != nil {
		slog.Error("rate limit", "err", err)
		return false // refuse rather than let a flood through
	}
	return n <= max
}
