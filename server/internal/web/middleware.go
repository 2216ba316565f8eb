package web

import (
	"log/slog"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/helmet"
)

// contentSecurityPolicy allows nothing inline and nothing from elsewhere.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
	"font-src 'self'; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; " +
	"form-action 'self'; object-src 'none'"

// logRequests logs one structured line per request, after errors are handled.
func (s *Server) logRequests(c *fiber.Ctx) error {
	start := time.Now()
	err := c.Next()
	if err != nil {
		if herr := c.App().ErrorHandler(c, err); herr != nil {
			c.Status(fiber.StatusInternalServerError)
		}
	}
	status := c.Response().StatusCode()
	level := slog.LevelInfo
	if status >= 500 {
		level = slog.LevelError
	}
	slog.Log(c.UserContext(), level, "request", "method", c.Method(), "path", c.Path(), "host", c.Hostname(),
		"status", status, "ms", time.Since(start).Milliseconds(), "request_id", requestID(c), "ip", c.IP())
	return nil
}

func requestID(c *fiber.Ctx) string {
	id, _ := c.Locals("requestid").(string)
	return id
}

func (s *Server) securityHeaders() fiber.Handler {
	hsts := 0
	if s.Config.BaseURL.Scheme == "https" {
		hsts = 31536000
	}
	return helmet.New(helmet.Config{
		ContentSecurityPolicy:     contentSecurityPolicy,
		ReferrerPolicy:            "same-origin",
		XFrameOptions:             "DENY",
		HSTSMaxAge:                hsts,
		CrossOriginEmbedderPolicy: "unsafe-none",
		CrossOriginOpenerPolicy:   "same-origin",
		CrossOriginResourcePolicy: "same-origin",
		PermissionPolicy:          "camera=(), microphone=(), geolocation=()",
	})
}

// apiLimits refuses API bodies over 1 MiB, except uploads.
func (s *Server) apiLimits(c *fiber.Ctx) error {
	if strings.HasPrefix(c.Get(fiber.HeaderContentType), fiber.MIMEMultipartForm) {
		return c.Next()
	}
	if len(c.Body()) > 1<<20 {
		return fiber.NewError(fiber.StatusRequestEntityTooLarge, "The request body is larger than 1 MiB.")
	}
	return c.Next()
}
