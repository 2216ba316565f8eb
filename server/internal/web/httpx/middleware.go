package httpx

import (
	"log/slog"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/helmet"
)

// ContentSecurityPolicy allows nothing inline and nothing from elsewhere.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
	"font-src 'self'; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; " +
	"form-action 'self'; object-src 'none'"

// LogRequests logs one structured line per request, after errors are handled.
func (s *Server) LogRequests(c *fiber.Ctx) error {
	start := time.Now()
	err := c.Next()
	if err != nil {
		if herr := c.App().ErrorHandler(c, err); herr != nil {
			c.Status(fiber.StatusInternalServerError)
		}
	}
	status := c.Response().StatusCode()
	level := slog.LevelInfo
	switch {
	case status == fiber.StatusServiceUnavailable: // the database had no room: already logged as a warning
		level = slog.LevelWarn
	case status >= 500:
		level = slog.LevelError
	}
	slog.Log(c.UserContext(), level, "request", "method", c.Method(), "path", c.Path(), "host", c.Hostname(),
		"status", status, "ms", time.Since(start).Milliseconds(), "request_id", RequestID(c), "ip", ClientIP(c))
	return nil
}

// RequestID is the id of the request, for logs and error pages.
func RequestID(c *fiber.Ctx) string {
	id, _ := c.Locals("requestid").(string)
	return id
}

// SecurityHeaders sets the strict headers every answer carries.
func (s *Server) SecurityHeaders() fiber.Handler {
	hsts := 0
	if s.Config.BaseURL.Scheme == "https" {
		hsts = 31536000
	}
	return helmet.New(helmet.Config{
		ContentSecurityPolicy:     ContentSecurityPolicy,
		ReferrerPolicy:            "same-origin",
		XFrameOptions:             "DENY",
		HSTSMaxAge:                hsts,
		CrossOriginEmbedderPolicy: "unsafe-none",
		CrossOriginOpenerPolicy:   "same-origin",
		CrossOriginResourcePolicy: "same-origin",
		PermissionPolicy:          "camera=(), microphone=(), geolocation=()",
	})
}
