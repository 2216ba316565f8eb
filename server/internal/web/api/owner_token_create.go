package api

import (
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/shared/api"
)

// createOwnerToken answers POST /api/v1/owner-tokens {"email","password",
// "workspace"}: an owner who set a password gets a new API token, for the
// desktop app's sign-in. Tries are capped per email address.
func (s *Server) createOwnerToken(c *fiber.Ctx) error {
	var in api.OwnerTokenRequest
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	if !s.AllowEmail(c, "owners", in.Email, 10, 15*time.Minute) {
		return apperr.New(apperr.RateLimited, "Too many sign-in tries for this email address. Wait 15 minutes and try again.")
	}
	token, w, err := s.Workspaces.IssueToken(c.UserContext(), in.Email, in.Workspace, in.Password)
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(api.OwnerToken{Token: token, Workspace: api.Workspace{ID: w.ID, Name: w.Name}})
}
