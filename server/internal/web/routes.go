package web

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/filesystem"
	"github.com/gofiber/fiber/v2/middleware/recover"
	"github.com/gofiber/fiber/v2/middleware/requestid"

	"clientportal/frontend"
)

// routes lists every route of the server, grouped by who may call it.
func (s *Server) routes(app *fiber.App) {
	app.Use(requestid.New(), s.logRequests, recover.New(), s.securityHeaders())

	// Anyone: probes, static files, the TLS proxy's question.
	app.Get("/healthz", s.healthz)
	app.Get("/readyz", s.readyz)
	app.Get("/tls/ask", s.askTLS)
	app.Use("/static", filesystem.New(filesystem.Config{Root: http.FS(frontend.Static()), MaxAge: 3600}))

	// Owner API: a bearer token of the workspace.
	api := app.Group("/api/v1", s.apiLimits, s.requireOwner, s.idempotent)
	api.Get("/portal", s.showPortal)
	api.Post("/portal/domains", s.addDomain)
	api.Put("/portal/primary-domain", s.setPrimaryDomain)
	api.Get("/events", s.streamOwnerEvents)
	api.All("/*", s.apiNotFound)

	// Pages: the service's own host, or a workspace's portal by Host.
	pages := app.Group("", s.resolveHost, s.csrf())
	pages.Get("/", s.showHome)
	pages.Get("/theme.css", s.showTheme)
	pages.Get("/dev/mailbox", s.showMailbox)
	app.Use(s.pageNotFound)
}
