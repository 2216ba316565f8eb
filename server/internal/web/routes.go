package web

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/filesystem"
	"github.com/gofiber/fiber/v2/middleware/recover"
	"github.com/gofiber/fiber/v2/middleware/requestid"

	"clientportal/frontend"
	"clientportal/server/internal/web/api"
	"clientportal/server/internal/web/httpx"
	"clientportal/server/internal/web/portal"
)

// routes lists every route of the server, grouped by who may call it.
func routes(app *fiber.App, s *Server, a *api.Server, p *portal.Server) {
	app.Use(requestid.New(), httpx.ClientAddress(s.Config.TrustedProxies), s.LogRequests, recover.New(), s.SecurityHeaders())

	// Anyone: probes, static files, the TLS proxy's question.
	app.Get("/healthz", s.healthz)
	app.Get("/readyz", s.readyz)
	app.Get("/tls/ask", s.askTLS)
	app.Use("/static", filesystem.New(filesystem.Config{Root: http.FS(frontend.Static()), MaxAge: 3600}))

	// The owner API, then the pages (which end with the not-found page).
	a.Routes(app)
	p.Routes(app)
}
