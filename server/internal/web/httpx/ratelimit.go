package httpx

import (
	"log/slog"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
)

// AllowEmail counts an attempt for an email address (or another key) and
// reports whether it is within max per window; known and unknown emails
// count alike. The count is one atomic upsert shared by every instance.
func (s *Server) AllowEmail(c *fiber.Ctx, workspaceID, email string, max int, window time.Duration) bool {
	key := "login-email:" + workspaceID + ":" + strings.ToLower(strings.TrimSpace(email))
	n, err := s.Counters.Hit(c.UserContext(), key, window)
	if err != nil {
		slog.Error("rate limit", "err", err)
		return false // refuse rather than let a flood through
	}
	return n <= max
}
