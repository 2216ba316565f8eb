package web

import (
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/compress"
	"github.com/gofiber/fiber/v2/middleware/recover"
	"github.com/gofiber/fiber/v2/middleware/requestid"

	"clientportal/server/internal/web/api"
	"clientportal/server/internal/web/httpx"
	"clientportal/server/internal/web/portal"
)

// routes lists every route of the server, grouped by who may call it.
func routes(app *fiber.App, s *Server, a *api.Server, p *portal.Server) {
	app.Use(requestid.New(), httpx.ClientAddress(s.Config.TrustedProxies), s.LogRequests, recover.New(), s.SecurityHeaders(),
		compress.New(compress.Config{Level: compress.LevelBestSpeed, Next: notCompressed}))

	// Anyone: probes, static files, the TLS proxy's question.
	app.Get("/healthz", s.healthz)
	app.Get("/readyz", s.readyz)
	app.Get("/tls/ask", s.askTLS)

	// Stripe: signed events about a workspace's payments (no session, no form token).
	app.Post("/webhooks/stripe/:workspace", s.receiveStripeWebhook)
	app.Use("/static", s.assets.Handler())

	// The text message provider's signed callbacks (any host).
	app.Post("/webhooks/sms/status", s.recordSMSStatus)
	app.Post("/webhooks/sms/inbound", s.recordSMSInbound)

	// The owner API, then the pages (which end with the not-found page).
	a.Routes(app)
	p.Routes(app)
}

// notCompressed skips the static files (sent compressed ahead of time) and
// event streams (each event must leave at once, not wait in a compressor).
func notCompressed(c *fiber.Ctx) bool {
	return strings.HasPrefix(c.Path(), "/static/") || strings.HasSuffix(c.Path(), "/events") ||
		strings.Contains(c.Get(fiber.HeaderAccept), "text/event-stream")
}
