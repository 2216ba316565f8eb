package portal

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
)

// resolveHost picks the workspace from the Host header; the service's own
// host shows the site pages; any other host gets a 404 page.
func (s *Server) resolveHost(c *fiber.Ctx) error {
	host := strings.ToLower(c.Hostname())
	if hostOnly(host) == s.Workspaces.BaseHost() {
		return c.Next()
	}
	w, err := s.Workspaces.Resolve(c.UserContext(), host)
	if apperr.Is(err, apperr.NotFound) {
		c.Status(fiber.StatusNotFound)
		return sitePage(c, siteNotfound, SitePage{Title: s.lz(c).T("common.error.404")})
	}
	if err != nil {
		return err
	}
	c.Locals("workspace", w)
	return c.Next()
}

// currentWorkspace is the workspace whose portal this request is on.
func currentWorkspace(c *fiber.Ctx) (model.Workspace, bool) {
	w, ok := c.Locals("workspace").(model.Workspace)
	return w, ok
}

func hostOnly(h string) string {
	if i := strings.LastIndexByte(h, ':'); i > 0 && !strings.Contains(h[i:], "]") {
		return h[:i]
	}
	return h
}

// requireWorkspace refuses portal routes on the service's own host.
func (s *Server) requireWorkspace(c *fiber.Ctx) error {
	if _, ok := currentWorkspace(c); !ok {
		return fiber.ErrNotFound
	}
	return c.Next()
}
