package api

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
)

// requireOwner accepts only a live bearer token; the token's workspace is
// the only one the request can touch.
func (s *Server) requireOwner(c *fiber.Ctx) error {
	raw, ok := strings.CutPrefix(c.Get(fiber.HeaderAuthorization), "Bearer ")
	if !ok {
		raw, ok = strings.CutPrefix(c.Get(fiber.HeaderAuthorization), "bearer ")
	}
	if !ok || strings.TrimSpace(raw) == "" {
		c.Set(fiber.HeaderWWWAuthenticate, `Bearer realm="portal"`)
		return fiber.NewError(fiber.StatusUnauthorized, "Send the owner's API token as 'Authorization: Bearer <token>'.")
	}
	t, err := s.Workspaces.Authenticate(c.UserContext(), strings.TrimSpace(raw))
	if err != nil {
		c.Set(fiber.HeaderWWWAuthenticate, `Bearer realm="portal", error="invalid_token"`)
		return err
	}
	c.Locals("owner", t)
	return c.Next()
}

// ownerToken is the authenticated token of an API request.
func ownerToken(c *fiber.Ctx) model.APIToken {
	t, _ := c.Locals("owner").(model.APIToken)
	return t
}

// workspaceID is the workspace an API request acts on.
func workspaceID(c *fiber.Ctx) string { return ownerToken(c).WorkspaceID }
