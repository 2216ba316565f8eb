package httpx

import (
	"log/slog"
	"strings"
	"time"

	"clientportal/server/internal/apperr"

	"github.com/gofiber/fiber/v2"
)

// AllowEmail counts an attempt for an email address (or another key) and
// reports whether it is within max per window; known and unknown emails
// count alike. The count is one atomic upsert shared by every instance.
func (s *Server) AllowEmail(c *fiber.Ctx, workspaceID, email string, max int, window time.Duration) bool {
	return s.allow(c, "login-email:"+workspaceID+":"+strings.ToLower(strings.TrimSpace(email)), max, window)
}

// allow counts one attempt under key and reports whether it is within max
// per window; a count that cannot be made refuses rather than let a flood through.
func (s *Server) allow(c *fiber.Ctx, key string, max int, window time.Duration) bool {
	n, err := s.Counters.Hit(c.UserContext(), key, window)
	if err != nil {
		slog.Error("rate limit", "key", key, "err", err)
		return false
	}
	return n <= max
}

// Picture uploads a client may make in PictureWindow: decoding a picture
// costs memory and time, so a client gets a generous handful, not a flood.
const (
	MaxPictures   = 20
	PictureWindow = 10 * time.Minute
)

// AllowPicture counts a picture upload of a client and reports whether it
// is within MaxPictures per PictureWindow, across every instance.
func (s *Server) AllowPicture(c *fiber.Ctx, workspaceID, contactID string) bool {
	return s.allow(c, "pictures:"+workspaceID+":"+contactID, MaxPictures, PictureWindow)
}

// TooManyPictures is the answer to an upload over the limit.
var TooManyPictures = apperr.New(apperr.RateLimited, "You have uploaded many pictures in a short time. Wait a few minutes and try again.")
