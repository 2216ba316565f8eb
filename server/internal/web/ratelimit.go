package web

import (
	"strconv"
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

// allowEmail counts a login link request for an email address and reports
// whether it is within max per window; known and unknown emails count alike.
func (s *Server) allowEmail(workspaceID, email string, max int, window time.Duration) bool {
	key := "login-email:" + workspaceID + ":" + strings.ToLower(strings.TrimSpace(email))
	kv := s.Store.KV()
	raw, _ := kv.Get(key)
	n, _ := strconv.Atoi(string(raw))
	if n >= max {
		return false
	}
	_ = kv.Set(key, []byte(strconv.Itoa(n+1)), window)
	return true
}
