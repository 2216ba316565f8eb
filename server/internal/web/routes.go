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
	api.Get("/portal/adoption", s.showAdoption)
	api.Put("/portal/logo", s.setLogo)
	api.Delete("/portal/logo", s.removeLogo)
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
	api.Post("/documents", s.createDocument)
	api.Get("/documents", s.listDocuments)
	api.Put("/documents/signing-key", s.uploadSigningKey)
	api.Get("/documents/:id", s.showDocument)
	api.Post("/documents/:id/send", s.sendDocument)
	api.Get("/documents/:id/original", s.downloadOriginal)
	api.Get("/documents/:id/final", s.downloadFinal)
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
	pages.Post("/profile/avatar", s.requireClient, s.uploadAvatar)
	pages.Post("/profile/avatar/remove", s.requireClient, s.removeAvatar)
	pages.Get("/dashboard/documents", s.requireClient, s.showDocumentRows)
	pages.Get("/documents", s.requireClient, s.showDocuments)
	for _, sec := range sections {
		pages.Get("/"+sec.Slug, s.requireClient, s.showSection)
	}
	pages.Get("/events", s.requireClient, s.streamClientEvents)
	pages.Get("/avatars/me", s.requireClient, s.showMyAvatar)
	pages.Get("/avatars/:contactID", s.requireClient, s.showAvatar)
	pages.Get("/brand/logo", s.requireWorkspace, s.showLogo)
	pages.Post("/profile/password", s.requireClient, s.setPassword)
	pages.Post("/logout", s.requireClient, s.logout)
	pages.Post("/logout/everywhere", s.requireClient, s.logoutEverywhere)

	// Documents to sign: the signer's pages, the email's one-click link, and
	// the public check of a final copy (on any host).
	pages.Get("/documents/:id/open/:token", s.requireWorkspace, s.loginLimiter(), s.showDocumentLink)
	pages.Post("/documents/:id/open/:token", s.requireWorkspace, s.loginLimiter(), s.useDocumentLink)
	pages.Get("/documents/:id", s.requireClient, s.showDocumentPage)
	pages.Get("/documents/:id/status", s.requireClient, s.showDocumentStatus)
	pages.Get("/documents/:id/pdf", s.requireClient, s.showDocumentPDF)
	pages.Get("/documents/:id/download", s.requireClient, s.downloadDocumentForClient)
	pages.Post("/documents/:id/sign", s.requireClient, s.signDocument)
	pages.Post("/documents/:id/decline", s.requireClient, s.declineDocument)
	pages.Get("/verify", s.showVerify)
	pages.Post("/verify", s.verifyDocument)
	app.Use(s.pageNotFound)
}
