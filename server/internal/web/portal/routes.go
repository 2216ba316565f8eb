package portal

import "github.com/gofiber/fiber/v2"

// Routes lists every page of the portal, grouped by who may open it: the
// service's own host, anyone on a workspace's host, a signed-in client.
// It ends with the not-found page, so it is mounted last.
func (s *Server) Routes(app *fiber.App) {
	// Pages: the service's own host, or a workspace's portal by Host.
	pages := app.Group("", s.resolveHost, s.csrf())
	pages.Get("/", s.showHome)
	pages.Get("/theme.css", s.showTheme)
	pages.Get("/dev/mailbox", s.showMailbox)
	pages.Get("/dev/mailbox/:id/html", s.showMailboxEmail)
	pages.Get("/dev/texts", s.showTextOutbox)

	// Portal login: anyone on a workspace host, rate-limited.
	login := pages.Group("/login", s.requireWorkspace, s.loginLimiter())
	login.Get("/", s.showLogin)
	login.Post("/link", s.requestLoginLink)
	login.Post("/text", s.requestLoginText)
	login.Get("/code", s.showLoginCode)
	login.Post("/code", s.loginWithCode)
	login.Get("/password", s.showLoginPassword)
	login.Post("/password", s.loginWithPassword)
	login.Get("/magic/:token", s.showMagicLink)
	login.Post("/magic/:token", s.useMagicLink)
	login.Post("/magic/:token/renew", s.renewMagicLink)
	// The short link of a text opens the same one-click page.
	pages.Get("/l/:token", s.requireWorkspace, s.loginLimiter(), s.showMagicLink)

	// Portal pages of a signed-in client.
	pages.Get("/dashboard", s.requireClient, s.showDashboard)
	pages.Get("/profile", s.requireClient, s.showProfile)
	pages.Post("/profile/avatar", s.requireClient, s.uploadAvatar)
	pages.Post("/profile/avatar/remove", s.requireClient, s.removeAvatar)
	pages.Post("/profile/name", s.requireClient, s.saveProfileName)
	pages.Post("/profile/time-zone", s.requireClient, s.saveTimeZone)
	pages.Post("/profile/language", s.requireClient, s.saveProfileLanguage)
	pages.Get("/dashboard/documents", s.requireClient, s.showDocumentRows)
	pages.Get("/documents", s.requireClient, s.showDocuments)
	pages.Get("/invoices", s.requireClient, s.showInvoices)
	pages.Get("/invoices/rows", s.requireClient, s.showInvoiceRows)
	pages.Get("/invoices/:id", s.requireClient, s.showInvoicePage)
	pages.Get("/invoices/:id/pdf", s.requireClient, s.downloadInvoicePDF)
	pages.Post("/invoices/:id/pay", s.requireClient, s.payInvoice)
	pages.Get("/invoices/:id/open/:token", s.requireWorkspace, s.loginLimiter(), s.showInvoiceLink)
	pages.Post("/invoices/:id/open/:token", s.requireWorkspace, s.loginLimiter(), s.useInvoiceLink)
	pages.Get("/courses", s.requireClient, s.showCourses)
	pages.Get("/courses/:id", s.requireClient, s.showCoursePage)
	pages.Get("/courses/:id/lessons/:lessonID", s.requireClient, s.showLesson)
	pages.Post("/courses/:id/lessons/:lessonID/complete", s.requireClient, s.completeLesson)
	pages.Get("/courses/:id/lessons/:lessonID/attachment", s.requireClient, s.downloadLessonAttachment)
	pages.Get("/messages", s.requireClient, s.showMessages)
	pages.Post("/messages", s.requireClient, s.sendClientMessage)
	pages.Get("/messages/thread", s.requireClient, s.showMessageThread)
	pages.Get("/messages/open/:token", s.requireWorkspace, s.loginLimiter(), s.showMessagesLink)
	pages.Post("/messages/open/:token", s.requireWorkspace, s.loginLimiter(), s.useMessagesLink)
	pages.Get("/messages/:id/attachment", s.requireClient, s.downloadAttachmentForClient)
	pages.Get("/groups", s.requireClient, s.showGroups)
	pages.Get("/groups/:id", s.requireClient, s.showGroupPage)
	pages.Get("/groups/:id/feed", s.requireClient, s.showGroupFeed)
	pages.Get("/groups/:id/events", s.requireClient, s.streamGroupEvents)
	pages.Get("/groups/:id/images/:sha", s.requireClient, s.showPostImage)
	pages.Post("/groups/:id/posts", s.requireClient, s.createPost)
	pages.Post("/groups/:id/posts/:postID/comments", s.requireClient, s.createComment)
	pages.Post("/groups/:id/posts/:postID/like", s.requireClient, s.toggleLike)
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
	pages.Get("/documents/:id/signers/:position/signature", s.requireClient, s.showSignerSignature)
	pages.Get("/documents/:id/download", s.requireClient, s.downloadDocumentForClient)
	pages.Post("/documents/:id/sign", s.requireClient, s.signDocument)
	pages.Post("/documents/:id/decline", s.requireClient, s.declineDocument)
	pages.Get("/verify", s.showVerify)
	pages.Post("/verify", s.verifyDocument)
	app.Use(s.pageNotFound)
}
