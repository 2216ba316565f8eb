package web

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/gofiber/fiber/v2"
)

// healthz says the process is up.
func (s *Server) healthz(c *fiber.Ctx) error { return c.SendString("ok") }

// readyz says the process can serve: the database answers. Dead jobs do not
// make it unready, but the answer counts them so that an operator sees them.
func (s *Server) readyz(c *fiber.Ctx) error {
	if err := s.Database.Ping(c.UserContext()); err != nil {
		slog.Warn("not ready", "err", err)
		c.Set(fiber.HeaderRetryAfter, "1")
		return c.Status(fiber.StatusServiceUnavailable).SendString("The database does not answer.")
	}
	return c.SendString("ready" + s.deadJobsNote(c.UserContext()))
}

// deadJobsNote is the readiness answer's word on dead jobs, "" when none.
func (s *Server) deadJobsNote(ctx context.Context) string {
	if s.Queue == nil {
		return ""
	}
	n, err := s.Queue.DeadCount(ctx)
	switch {
	case err != nil:
		slog.Warn("count dead jobs", "err", err)
		return "; dead jobs could not be counted"
	case n == 1:
		return "; 1 dead job (portal jobs --state dead)"
	case n > 1:
		return fmt.Sprintf("; %d dead jobs (portal jobs --state dead)", n)
	}
	return ""
}

// askTLS answers a TLS front proxy (Caddy on-demand TLS) that asks whether
// it may get a certificate for ?domain=: 200 for a known host, else 404.
func (s *Server) askTLS(c *fiber.Ctx) error {
	host := c.Query("domain")
	if host == "" || !s.Workspaces.KnownHost(c.UserContext(), host) {
		return c.Status(fiber.StatusNotFound).SendString("unknown domain")
	}
	return c.SendString("ok")
}
