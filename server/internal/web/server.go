// Package web builds the HTTP server: one Fiber app whose routes mount the
// owner API (web/api) and the client portal (web/portal) on the helpers they
// share (web/httpx), with the health probes and the TLS proxy's question.
package web

import (
	"errors"
	"sync"
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/frontend"
	"clientportal/server/internal/web/api"
	"clientportal/server/internal/web/assets"
	"clientportal/server/internal/web/httpx"
	"clientportal/server/internal/web/portal"
)

// Deps are the services the handlers need, wired by hand in main.
type Deps = httpx.Deps

// Server answers what is neither the API nor a page: health probes and the
// TLS proxy's question.
type Server struct {
	*httpx.Server
	assets *assets.Set
}

// staticFiles is the static tree with its hashed names, read once: the
// embedded files never change while the program runs.
var staticFiles = sync.OnceValues(func() (*assets.Set, error) { return assets.New(frontend.Static()) })

// New builds the Fiber app with its middleware and routes; it fails when a
// template or a vendored browser file is missing.
func New(d httpx.Deps) (*fiber.App, error) {
	if len(d.Config.SecretKey) < 32 {
		return nil, errors.New("the server key (PORTAL_SECRET_KEY) is missing or shorter than 32 bytes")
	}
	if d.I18n == nil {
		return nil, errors.New("the message catalogues (i18n) are missing")
	}
	if err := frontend.CheckVendored(); err != nil {
		return nil, err
	}
	static, err := staticFiles()
	if err != nil {
		return nil, err
	}
	views, err := loadViews(static, d.I18n)
	if err != nil {
		return nil, err
	}
	base := &httpx.Server{Deps: d}
	s, owner, pages := &Server{base, static}, &api.Server{Server: base}, &portal.Server{Server: base}
	app := fiber.New(fiber.Config{
		Views:                 views,
		ErrorHandler:          httpx.ErrorHandler(pages.RenderError),
		Immutable:             true,
		BodyLimit:             httpx.MaxBody,
		ReadTimeout:           60 * time.Second,
		WriteTimeout:          0, // event streams stay open
		IdleTimeout:           120 * time.Second,
		DisableStartupMessage: true,
		// Only a configured proxy may say who the client is (rate limits and
		// the signing audit trail use the client's address).
		EnableTrustedProxyCheck: true,
		TrustedProxies:          d.Config.TrustedProxies,
		AppName:                 "Client Portal",
	})
	routes(app, s, owner, pages)
	return app, nil
}
