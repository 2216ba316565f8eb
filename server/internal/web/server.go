// Package web is the HTTP side of the portal server: the client portal pages
// (htmx), the owner API (/api/v1, JSON) and the event streams. Handlers parse,
// authorise, call a domain service and render; they hold no business rules.
package web

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/template/html/v2"

	"clientportal/frontend"
	"clientportal/server/internal/access"
	"clientportal/server/internal/branding"
	"clientportal/server/internal/config"
	"clientportal/server/internal/courses"
	"clientportal/server/internal/documents"
	"clientportal/server/internal/events"
	"clientportal/server/internal/groups"
	"clientportal/server/internal/idempotency"
	"clientportal/server/internal/invoices"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/messages"
	"clientportal/server/internal/profile"
	"clientportal/server/internal/store"
	"clientportal/server/internal/workspace"
)

// Deps are the services the handlers need, wired by hand in main.
type Deps struct {
	Config     config.Config
	Store      *store.Store
	Workspaces *workspace.Service
	Access     *access.Service
	Documents  *documents.Service
	Hub        *events.Hub
	Queue      *jobs.Queue
	Profiles   *profile.Service  // profile pictures
	Branding   *branding.Service // workspace logos
	Courses    *courses.Service  // courses, lessons and progress
	Groups     *groups.Service   // community groups
	Invoices   *invoices.Service // invoices to clients
	Messages   *messages.Service // conversations with clients
	Mail       *mail.Service     // the development mailbox's list
	// Idempotency remembers owner API answers by Idempotency-Key.
	Idempotency *idempotency.Service
}

// Server holds the dependencies every handler method uses.
type Server struct {
	Deps
}

// MaxBody is the largest request body accepted (a PDF upload of 25 MB plus form overhead).
const MaxBody = 26 << 20

// requiredTemplates must all exist, so a missing one fails at start-up.
var requiredTemplates = []string{
	"portal/layouts/base", "portal/pages/welcome", "portal/pages/error", "portal/pages/login", "portal/pages/login_sent",
	"portal/pages/login_code", "portal/pages/login_password", "portal/pages/magic", "portal/pages/link_dead",
	"portal/pages/dashboard", "portal/pages/profile",
	"portal/pages/section", "portal/pages/section_documents", "portal/partials/_apps", "portal/partials/_icon",
	"portal/partials/_avatar", "portal/partials/_documents_live",
	"portal/pages/document", "portal/pages/document_open", "portal/pages/verify", "portal/partials/_document_status",
	"portal/partials/_document_verify", "portal/partials/_documents", "site/verify",
	"site/layout", "site/index", "site/notfound", "site/mailbox",
	"portal/pages/courses", "portal/pages/course", "portal/pages/lesson", "portal/partials/_course_card",
	"portal/partials/_course_progress", "portal/partials/_course_outline",
	"portal/pages/groups", "portal/pages/group", "portal/partials/_group_feed", "portal/partials/_post",
	"portal/pages/invoices", "portal/pages/invoice", "portal/pages/invoice_open", "portal/partials/_invoices",
	"portal/pages/messages", "portal/pages/message_open", "portal/partials/_message_thread",
}

// New builds the Fiber app with its middleware and routes; it fails when a
// template or a vendored browser file is missing.
func New(d Deps) (*fiber.App, error) {
	if len(d.Config.SecretKey) < 32 {
		return nil, errors.New("the server key (PORTAL_SECRET_KEY) is missing or shorter than 32 bytes")
	}
	if err := frontend.CheckVendored(); err != nil {
		return nil, err
	}
	views, err := loadViews()
	if err != nil {
		return nil, err
	}
	s := &Server{Deps: d}
	app := fiber.New(fiber.Config{
		Views:                 views,
		ErrorHandler:          s.handleError,
		Immutable:             true,
		BodyLimit:             MaxBody,
		ReadTimeout:           60 * time.Second,
		WriteTimeout:          0, // event streams stay open
		IdleTimeout:           120 * time.Second,
		DisableStartupMessage: true,
		// Only a configured proxy may say who the client is (rate limits and
		// the signing audit trail use the client's address).
		EnableTrustedProxyCheck: true,
		TrustedProxies:          d.Config.TrustedProxies,
		ProxyHeader:             proxyHeader(d.Config.TrustedProxies),
		AppName:                 "Client Portal",
	})
	s.routes(app)
	return app, nil
}

func proxyHeader(trusted []string) string {
	if len(trusted) == 0 {
		return ""
	}
	return fiber.HeaderXForwardedFor
}

func loadViews() (*html.Engine, error) {
	engine := html.NewFileSystem(http.FS(frontend.PortalTemplates()), ".html")
	engine.AddFunc("add", func(a, b int) int { return a + b })
	if err := engine.Load(); err != nil {
		return nil, fmt.Errorf("load templates: %w", err)
	}
	for _, name := range requiredTemplates {
		if engine.Templates.Lookup(name) == nil {
			return nil, fmt.Errorf("template %q is missing", name)
		}
	}
	return engine, nil
}
