// Package ui is the whole user interface of the desktop app: an http.Handler
// that renders htmx pages. Wails serves it inside the window
// (AssetServer.Handler); tests and a plain browser reach it over net/http.
package ui

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"io/fs"
	"net/http"
	"strings"
	"time"

	"clientportal/app/internal/desk"
	"clientportal/frontend"
	"clientportal/shared/clock"
)

// Handler serves the desktop UI for one running App.
type Handler struct {
	app    *desk.App
	views  *views
	csrf   string
	mux    *http.ServeMux
	static http.Handler
	saver  Saver
	clock  clock.Clock
	// liveWait is how long GET /live waits for a change (tests shorten it).
	liveWait time.Duration
	// previews keeps the latest email previews for their sandboxed frames.
	previews previewStore
}

// Option changes how the handler works in its host.
type Option func(*Handler)

// WithClock sets the clock the UI reads "today" from (tests move it).
func WithClock(c clock.Clock) Option { return func(h *Handler) { h.clock = c } }

// WithSaver lets the owner save documents through a native save dialog.
func WithSaver(s Saver) Option { return func(h *Handler) { h.saver = s } }

// New builds the handler; it fails when a template is missing or broken.
func New(app *desk.App, opts ...Option) (*Handler, error) {
	return newWith(app, frontend.Templates(), frontend.Static(), opts...)
}

func newWith(app *desk.App, templates, static fs.FS, opts ...Option) (*Handler, error) {
	v, err := loadViews(templates)
	if err != nil {
		return nil, err
	}
	h := &Handler{app: app, views: v, csrf: randomToken(), mux: http.NewServeMux(), clock: clock.Real{}, liveWait: liveWait}
	h.static = http.StripPrefix("/static/", http.FileServerFS(static))
	for _, o := range opts {
		o(h)
	}
	h.routes()
	return h, nil
}

// routes lists every route of the desktop UI. Pages end in "/" (so Wails
// injects its runtime into them); fragments and actions do not.
func (h *Handler) routes() {
	m := h.mux
	m.Handle("GET /static/", h.static)
	m.HandleFunc("GET /{$}", h.showHome)
	m.HandleFunc("GET /live", h.waitLive)
	m.HandleFunc("GET /nav/badges", h.showNavBadges)

	m.HandleFunc("GET /connect/", h.showConnect)
	m.HandleFunc("POST /connect", h.submitConnect)
	m.HandleFunc("POST /accounts/{id}/switch", h.switchAccount)
	m.HandleFunc("POST /accounts/{id}/disconnect", h.disconnectAccount)

	m.HandleFunc("GET /dashboard/", h.showDashboard)
	m.HandleFunc("GET /dashboard/portal", h.showPortalCard)
	m.HandleFunc("GET /dashboard/chart", h.showChart)
	m.HandleFunc("GET /dashboard/activity", h.showActivity)
	m.HandleFunc("GET /dashboard/pick", h.showQuickPick)
	m.HandleFunc("POST /dashboard/invite", h.quickInvite)
	m.HandleFunc("POST /dashboard/magic-link", h.quickMagicLink)
	m.HandleFunc("POST /dashboard/login-emails/unjoined", h.quickLoginEmailUnjoined)
	m.HandleFunc("POST /domains", h.addDomain)
	m.HandleFunc("POST /domains/primary", h.setPrimaryDomain)
	m.HandleFunc("POST /domains/verify", h.verifyDomain)

	m.HandleFunc("GET /contacts/", h.showContacts)
	m.HandleFunc("GET /contacts/table", h.showContactsTable)
	m.HandleFunc("POST /contacts/{id}/invite", h.inviteContact)
	m.HandleFunc("POST /contacts/{id}/magic-link", h.createMagicLink)
	m.HandleFunc("POST /contacts/{id}/login-email", h.sendLoginEmail)
	m.HandleFunc("POST /invites", h.inviteByEmail)
	m.HandleFunc("POST /login-emails", h.sendBulkLoginEmails)
	m.HandleFunc("POST /login-emails/all", h.sendLoginEmailsToAll)
	m.HandleFunc("GET /bulk/{id}", h.showBulk)
	m.HandleFunc("POST /contacts/{id}/text-link", h.textMagicLink)
	m.HandleFunc("POST /contacts/{id}/language", h.setContactLanguage)
	m.HandleFunc("POST /login-texts", h.sendLoginTexts)
	m.HandleFunc("GET /login-texts/{batch}", h.showLoginTexts)
	m.HandleFunc("GET /texts/settings", h.showTextSettings)
	m.HandleFunc("POST /texts/settings", h.saveTextSettings)
	m.HandleFunc("POST /texts/count", h.countTextSegments)

	m.HandleFunc("GET /documents/", h.showDocuments)
	m.HandleFunc("GET /documents/list", h.showDocumentsList)
	m.HandleFunc("GET /documents/signing-key", h.showSigningKey)
	m.HandleFunc("POST /documents", h.createDocument)
	m.HandleFunc("GET /documents/{id}", h.showDocument)
	m.HandleFunc("POST /documents/{id}/send", h.sendDocument)
	m.HandleFunc("POST /documents/{id}/extend", h.extendDocument)
	m.HandleFunc("POST /documents/{id}/void", h.voidDocument)
	m.HandleFunc("GET /documents/{id}/{copy}", h.downloadDocument)
	m.HandleFunc("POST /documents/{id}/{copy}/save", h.saveDocument)
	m.HandleFunc("GET /document-templates/", h.showDocTemplates)
	m.HandleFunc("GET /document-templates/list", h.showDocTemplatesList)
	m.HandleFunc("POST /document-templates", h.uploadDocTemplate)
	m.HandleFunc("POST /document-templates/{id}/send", h.sendDocTemplate)
	m.HandleFunc("POST /document-templates/{id}/bulk", h.bulkSendDocTemplate)
	m.HandleFunc("GET /document-batches/{id}", h.showDocBatch)
	m.HandleFunc("GET /signing/", h.showSigningDefaults)
	m.HandleFunc("POST /signing", h.saveSigningDefaults)

	m.HandleFunc("GET /branding/", h.showBranding)
	m.HandleFunc("POST /branding", h.updateBranding)
	m.HandleFunc("POST /branding/logo", h.uploadLogo)

	m.HandleFunc("GET /payments/", h.showPayments)
	m.HandleFunc("POST /payments/stripe", h.connectStripe)
	m.HandleFunc("POST /payments/stripe/disconnect", h.disconnectStripe)

	m.HandleFunc("GET /recurring/", h.showRecurring)
	m.HandleFunc("GET /recurring/list", h.showRecurringList)
	m.HandleFunc("POST /recurring", h.createRecurring)
	m.HandleFunc("POST /recurring/{id}/pause", h.pauseRecurring)
	m.HandleFunc("POST /recurring/{id}/delete", h.deleteRecurring)
	m.HandleFunc("GET /automations/", h.showWorkflows)
	m.HandleFunc("GET /automations/list", h.showWorkflowList)
	m.HandleFunc("GET /automations/{id}/runs", h.showWorkflowRuns)
	m.HandleFunc("POST /automations/enabled/{id}", h.enableWorkflow)
	m.HandleFunc("POST /automations/recipes/{key}", h.createFromRecipe)
	m.HandleFunc("GET /automations/new", h.showNewWorkflow)
	m.HandleFunc("GET /automations/{id}/edit", h.showWorkflowEditor)
	m.HandleFunc("GET /automations/editor/close", h.closeWorkflowEditor)
	m.HandleFunc("POST /automations/editor", h.editWorkflow)
	m.HandleFunc("GET /automations/time-zone", h.showWorkflowZone)
	m.HandleFunc("POST /automations/time-zone", h.saveWorkflowZone)
	m.HandleFunc("GET /webhooks/", h.showWebhooks)
	m.HandleFunc("POST /webhooks", h.createWebhook)
	m.HandleFunc("POST /webhooks/{id}/delete", h.deleteWebhook)
	m.HandleFunc("GET /webhooks/{id}/deliveries", h.showWebhookDeliveries)
	m.HandleFunc("POST /webhooks/{id}/deliveries/{delivery}/redeliver", h.redeliverWebhook)

	m.HandleFunc("GET /email-templates/", h.showEmailTemplates)
	m.HandleFunc("GET /email-templates/{kind}", h.showEmailTemplateEditor)
	m.HandleFunc("POST /email-templates/{kind}", h.saveEmailTemplate)
	m.HandleFunc("POST /email-templates/{kind}/preview", h.previewEmailTemplate)
	m.HandleFunc("GET /email-templates/{kind}/preview/{seq}", h.showPreviewHTML)

	m.HandleFunc("GET /inbox/", h.showInbox)
	m.HandleFunc("GET /inbox/list", h.showInboxList)
	m.HandleFunc("GET /inbox/{contact}", h.showThread)
	m.HandleFunc("GET /inbox/{contact}/messages", h.showThreadMessages)
	m.HandleFunc("POST /inbox/{contact}", h.sendMessage)
	m.HandleFunc("GET /attachments/{id}", h.downloadAttachment)
	m.HandleFunc("POST /attachments/{id}/save", h.saveAttachment)

	m.HandleFunc("GET /invoices/", h.showInvoices)
	m.HandleFunc("GET /invoices/list", h.showInvoicesList)
	m.HandleFunc("GET /invoices/line", h.showInvoiceLine)
	m.HandleFunc("POST /invoices", h.createInvoice)
	m.HandleFunc("GET /invoices/{id}", h.showInvoice)
	m.HandleFunc("POST /invoices/{id}/issue", h.issueInvoice)
	m.HandleFunc("POST /invoices/{id}/mark-paid", h.markInvoicePaid)
	m.HandleFunc("POST /invoices/{id}/void", h.voidInvoice)
	m.HandleFunc("GET /invoices/{id}/pdf", h.downloadInvoicePDF)
	m.HandleFunc("POST /invoices/{id}/pdf/save", h.saveInvoicePDF)

	m.HandleFunc("GET /courses/", h.showCourses)
	m.HandleFunc("GET /courses/list", h.showCoursesList)
	m.HandleFunc("POST /courses", h.createCourse)
	m.HandleFunc("POST /courses/lessons", h.addCourseLesson)
	m.HandleFunc("GET /courses/{id}", h.showCourse)
	m.HandleFunc("GET /courses/{id}/progress", h.showCourseProgress)
	m.HandleFunc("POST /courses/{id}/publish", h.publishCourse)
	m.HandleFunc("POST /courses/{id}/grants", h.grantCourse)

	m.HandleFunc("GET /groups/", h.showGroups)
	m.HandleFunc("GET /groups/list", h.showGroupsList)
	m.HandleFunc("POST /groups", h.createGroup)
	m.HandleFunc("GET /groups/{id}", h.showGroup)
	m.HandleFunc("GET /groups/{id}/feed", h.showGroupFeed)
	m.HandleFunc("POST /groups/{id}/members", h.addGroupMembers)
	m.HandleFunc("POST /groups/{id}/members/{contact}/remove", h.removeGroupMember)
	m.HandleFunc("POST /groups/{id}/members/{contact}/mute", h.muteGroupMember)
	m.HandleFunc("POST /groups/{id}/posts", h.createGroupPost)
	m.HandleFunc("POST /groups/{id}/posts/{post}/pin", h.pinGroupPost)
	m.HandleFunc("POST /groups/{id}/posts/{post}/remove", h.removeGroupPost)
	m.HandleFunc("POST /groups/{id}/posts/{post}/comments/{comment}/remove", h.removeGroupComment)

	m.HandleFunc("GET /outbox/", h.showOutbox)
	m.HandleFunc("GET /outbox/list", h.showOutboxList)
	m.HandleFunc("POST /outbox/retry", h.retryOutbox)
}

// ServeHTTP adds the security headers and checks the CSRF token of every change.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.Method != http.MethodGet && r.Method != http.MethodHead && !h.csrfOK(r) {
		http.Error(w, "This form has expired: reload the window.", http.StatusForbidden)
		return
	}
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		h.mux.ServeHTTP(w, r) // a read, such as the /live wait, ends when the page leaves
		return
	}
	// An owner action runs to its end even if the window navigates away meanwhile.
	h.mux.ServeHTTP(w, r.WithContext(context.WithoutCancel(r.Context())))
}

// csrfOK checks the token of a change: htmx sends it as a header, a plain
// form post (the page before htmx has loaded) as the field "csrf".
func (h *Handler) csrfOK(r *http.Request) bool {
	if tok := r.Header.Get("X-CSRF-Token"); tok != "" {
		return tok == h.csrf
	}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
		return r.PostFormValue("csrf") == h.csrf
	}
	return false
}

func randomToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
