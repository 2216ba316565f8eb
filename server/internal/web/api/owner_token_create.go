package api

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/shared/api"
)

// createOwnerToken answers POST /api/v1/owner-tokens {"email","password",
// "workspace"}: an owner who set a password gets a new API token, for the
// desktop app's sign-in. Wrong passwords slow the next try down (see
// ownerThrottle); none locks the owner out.
func (s *Server) createOwnerToken(c *fiber.Ctx) error {
	var in api.OwnerTokenRequest
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	email := strings.ToLower(strings.TrimSpace(in.Email))
	throttle := ownerThrottle{store: s.Limits, now: s.Clock.Now}
	if wait := throttle.wait(c, email); wait > 0 {
		return tooSoon(c, wait)
	}
	token, w, err := s.Workspaces.IssueToken(c.UserContext(), in.Email, in.Workspace, in.Password)
	if apperr.Is(err, apperr.Unauthorized) {
		throttle.failed(c, email)
	}
	if err != nil {
		return err
	}
	throttle.succeeded(c, email)
	return c.Status(fiber.StatusCreated).JSON(api.OwnerToken{Token: token, Workspace: api.Workspace{ID: w.ID, Name: w.Name}})
}
