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
	api.Patch("/portal/settings", s.updateSettings)
	api.Get("/contacts", s.listContacts)
	api.Post("/contacts", s.createContact)
	api.Get("/contacts/:id", s.showContact)
	api.Post("/contacts/:id/magic-links", s.createMagicLink)
	api.Post("/contacts/:id/revoke-access", s.revokeContactAccess)
	api.Post("/invites", s.createInvite)
	api.Post("/login-emails", s.sendLoginEmails)
	api.Get("/login-emails/:batch", s.showLoginEmails)
	api.Get("/email-templates/:kind", s.showEmailTemplate)
	api.Put("/email-templates/:kind", s.saveEmailTemplate)
	api.Get("/events", s.streamOwnerEvents)
	api.All("/*", s.apiNotFound)

	// Pages: the service's own host, or a workspace's portal by Host.
	pages := app.Group("", s.resolveHost, s.csrf())
	pages.Get("/", s.showHome)
	pages.Get("/theme.css", s.showTheme)
	pages.Get("/dev/mailbox", s.showMailbox)

	// Portal login: anyone on a workspace host, rate-limited.
	login := pages.Group("/login", s.requireWorkspace, s.loginLimiter())
	login.Get("/", s.showLogin)
	login.Post("/link", s.requestLoginLink)
	login.Get("/code", s.showLoginCode)
	login.Post("/code", s.loginWithCode)
	login.Get("/password", s.showLoginPassword)
	login.Post("/password", s.loginWithPassword)
	login.Get("/magic/:token", s.showMagicLink)
	login.Post("/magic/:token", s.useMagicLink)
	login.Post("/magic/:token/renew", s.renewMagicLink)

	// Portal pages of a signed-in client.
	pages.Get("/dashboard", s.requireClient, s.showDashboard)
	pages.Get("/profile", s.requireClient, s.showProfile)
	pages.Post("/profile/password", s.requireClient, s.setPassword)
	pages.Post("/logout", s.requireClient, s.logout)
	pages.Post("/logout/everywhere", s.requireClient, s.logoutEverywhere)
	app.Use(s.pageNotFound)
}
