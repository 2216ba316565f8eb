// Package system wires the portal server's services together by hand, for
// the portal binary and for tests that need the whole server.
package system

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/frontend"
	"clientportal/frontend/fonts"
	"clientportal/server/internal/branding"
	"clientportal/server/internal/config"
	"clientportal/server/internal/contacts"
	"clientportal/server/internal/courses"
	"clientportal/server/internal/dnsproof"
	"clientportal/server/internal/documents"
	"clientportal/server/internal/emailtemplates"
	"clientportal/server/internal/events"
	"clientportal/server/internal/groups"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/idempotency"
	"clientportal/server/internal/invoices"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/links"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/messages"
	"clientportal/server/internal/model"
	"clientportal/server/internal/payments"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/profile"
	"clientportal/server/internal/recurring"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/sessions"
	"clientportal/server/internal/store"
	"clientportal/server/internal/texts"
	"clientportal/server/internal/web"
	"clientportal/server/internal/webhooks"
	"clientportal/server/internal/workflows"
	"clientportal/server/internal/workspace"
	"clientportal/shared/api"
	"clientportal/shared/clock"
)

// System is one running portal server instance.
type System struct {
	Config         config.Config
	Store          *store.Store
	Workspaces     *workspace.Service
	Contacts       *contacts.Service
	Sessions       *sessions.Service
	Links          *links.Service
	Texts          *texts.Service
	EmailTemplates *emailtemplates.Service
	Documents      *documents.Service
	Mail           *mail.Service
	Queue          *jobs.Queue
	Hub            *events.Hub
	Profiles       *profile.Service
	Branding       *branding.Service
	Courses        *courses.Service
	Groups         *groups.Service
	Invoices       *invoices.Service
	Payments       *payments.Service
	Recurring      *recurring.Service
	Messages       *messages.Service
	Workflows      *workflows.Service
	Webhooks       *webhooks.Service
	Clock          clock.Clock
	I18n           *i18n.Catalog // every language's messages, for pages, emails, texts and PDFs
	App            *fiber.App

	wg     sync.WaitGroup
	cancel context.CancelFunc
}

// Open connects to the database and builds every service on one clock
// (clock.Real{} in production, a settable one in tests); Migrate and Start
// are separate so commands can do one without the other.
func Open(ctx context.Context, cfg config.Config, clk clock.Clock) (*System, error) {
	clk = clock.Or(clk)
	if err := cfg.EnsureSecretKey(); err != nil {
		return nil, err
	}
	if cfg.TSAURL != nil && cfg.TSARoots == nil {
		slog.Warn("PORTAL_TSA_URL is set without PORTAL_TSA_ROOTS: any timestamp token with a valid signature is accepted; "+
			"set PORTAL_TSA_ROOTS to the authority's root certificate so only its tokens are", "tsa", cfg.TSAURL.Host)
	}
	sealer, err := secure.NewSealer(cfg.SecretKey)
	if err != nil {
		return nil, err
	}
	st, err := store.Open(ctx, store.Options{DatabaseURL: cfg.DatabaseURL, SQLitePath: cfg.SQLitePath(), Clock: clk,
		MaxConns: cfg.DBMaxConns, Sealer: sealer})
	if err != nil {
		return nil, err
	}
	catalog, err := i18n.Load(frontend.Locales())
	if err != nil {
		st.Close()
		return nil, err
	}
	s := &System{Config: cfg, Store: st, Clock: clk, I18n: catalog, Workspaces: workspace.New(st, cfg.BaseURL, clk), Queue: jobs.New(st, clk),
		Hub: events.NewHub(st)}
	s.Workspaces.UseResolver(dnsproof.Resolver{Server: cfg.DNSResolver})
	s.Workspaces.Register(s.Queue)
	st.OnCommit(s.Queue.Notify)
	st.OnCommit(s.Hub.Notify)
	sender, err := newSender(cfg)
	if err != nil {
		st.Close()
		return nil, err
	}
	s.Mail = mail.NewService(st, sender, emailDelivered)
	s.Mail.Register(s.Queue)
	s.Sessions, s.EmailTemplates = sessions.New(st, clk), emailtemplates.New(st, s.Workspaces, clk)
	s.Links = links.New(st, s.Workspaces, s.Sessions, clk)
	s.Links.Register(s.Queue)
	s.Contacts = contacts.New(st, s.Links, clk)
	s.Texts = texts.New(st, s.Workspaces, s.Links, texts.NewProvider(cfg.SMSURL), cfg.BaseURL, clk)
	s.Texts.Register(s.Queue)
	s.Profiles, s.Branding = profile.New(st), branding.New(st)
	pipeline := pdfPipeline(cfg, catalog)
	s.Documents = documents.New(st, s.Workspaces, s.Links, asDocumentSealer(pipeline, pdf.TimestampAuthority{URL: cfg.TSAURL, Timeout: cfg.TSATimeout, Roots: cfg.TSARoots}), clk)
	s.Documents.Register(s.Queue)
	s.Invoices = invoices.New(st, s.Workspaces, s.Links, pipeline, clk)
	s.Invoices.Register(s.Queue)
	s.Payments = payments.New(st, cfg.StripeAPIURL, clk)
	s.Recurring = recurring.New(st, s.Invoices, clk)
	s.Recurring.Register(s.Queue)
	s.Messages = messages.New(st, s.Workspaces, s.Links, clk)
	s.Messages.Register(s.Queue)
	s.Documents.UseCatalog(catalog) // the signers', invoices' and messages' emails in each contact's language
	s.Invoices.UseCatalog(catalog)
	s.Messages.UseCatalog(catalog)
	s.Links.UseCatalog(catalog) // the invitation and login emails and texts in each contact's language
	s.EmailTemplates.UseCatalog(catalog)
	s.Texts.UseCatalog(catalog)
	s.Courses, s.Groups = courses.New(st, clk), groups.New(st, clk)
	s.Workflows = workflows.New(st, s.Links, s.Texts, clk)
	s.Workflows.Register(s.Queue)
	s.Workflows.UseDocuments(s.Documents)
	s.Workflows.UseCatalog(catalog) // a saved template's wording in each contact's language
	s.Workspaces.OnTimeZone(s.Workflows.Reschedule)
	st.OnCommit(s.Workflows.Notify)
	s.Webhooks = webhooks.New(st, cfg.WebhooksAllowPrivate, clk)
	s.Webhooks.Register(s.Queue)
	s.Workflows.OnEvents(s.Webhooks.HandleEvents)
	s.App, err = web.New(web.Deps{Config: cfg, Database: st, Counters: st, Limits: st.KV(), Clock: clk, Workspaces: s.Workspaces, Hub: s.Hub, Queue: s.Queue,
		Contacts: s.Contacts, Sessions: s.Sessions, Links: s.Links, Texts: s.Texts, EmailTemplates: s.EmailTemplates,
		Documents: s.Documents, Invoices: s.Invoices, Payments: s.Payments, Recurring: s.Recurring, Messages: s.Messages, Profiles: s.Profiles, Branding: s.Branding,
		Courses: s.Courses, Groups: s.Groups, Mail: s.Mail, Workflows: s.Workflows, Webhooks: s.Webhooks, Idempotency: idempotency.New(st), I18n: catalog})
	if err != nil {
		st.Close()
		return nil, err
	}
	return s, nil
}

// pdfPipeline starts the PDF pipeline (pdfcpu's configuration in the data
// folder, the embedded fonts, the catalogue its words come from) once, on
// first use, for documents and invoices.
func pdfPipeline(cfg config.Config, catalog *i18n.Catalog) func() (*pdf.Sealer, error) {
	return sync.OnceValues(func() (*pdf.Sealer, error) {
		s, err := pdf.NewSealer(filepath.Join(cfg.DataDir, "pdfcpu"), fonts.FS())
		if err == nil {
			s.UseCatalog(catalog)
		}
		return s, err
	})
}

// asDocumentSealer hands the shared pipeline to the documents service,
// timestamping final copies at the authority tsa when it has a URL.
func asDocumentSealer(pipeline func() (*pdf.Sealer, error), tsa pdf.TimestampAuthority) func() (documents.Sealer, error) {
	return func() (documents.Sealer, error) {
		s, err := pipeline()
		if err != nil {
			return nil, err
		}
		return s.WithTimestamps(tsa), nil
	}
}

func newSender(cfg config.Config) (mail.Sender, error) {
	if cfg.DevMailbox() {
		return mail.Mailbox{}, nil
	}
	return mail.NewSMTPSender(cfg.SMTPURL)
}

// emailDelivered tells the owner, through the event stream, that a message
// was sent or could not be delivered, so a bulk send's progress arrives as
// events.
func emailDelivered(ctx context.Context, tx *store.Tx, e model.Email) error {
	data := map[string]any{"email_id": e.ID, "to": e.ToAddr, "kind": e.Kind}
	if e.ContactID != nil {
		data["contact_id"] = *e.ContactID
	}
	if e.Status == model.EmailSent {
		return events.Emit(tx, e.WorkspaceID, api.EventEmailSent, data)
	}
	data["error"] = e.Error
	return events.Emit(tx, e.WorkspaceID, api.EventEmailFailed, data)
}

// Start runs the job workers and the event hub in the background.
func (s *System) Start(ctx context.Context) {
	ctx, s.cancel = context.WithCancel(ctx)
	if err := s.Hub.Prime(ctx); err != nil {
		slog.Error("event hub start", "err", err)
	}
	s.goRun(func() { s.Queue.Run(ctx) })
	s.goRun(func() { s.Hub.Run(ctx) })
	s.goRun(func() { s.Workflows.Follow(ctx) })
	s.goRun(func() { s.schedulePurges(ctx) })
	s.goRun(func() { s.scheduleDomainChecks(ctx) })
	s.goRun(func() { s.scheduleOverdueSweeps(ctx) })
	if s.Store.Dialect() == "postgres" {
		s.goRun(func() { s.Hub.ListenPostgres(ctx, s.Config.DatabaseURL) })
		s.goRun(func() { s.Store.ListenInvalidations(ctx, s.Config.DatabaseURL) })
	}
}

func (s *System) goRun(fn func()) {
	s.wg.Add(1)
	go func() { defer s.wg.Done(); fn() }()
}

// Close stops the background work, waits for it, and closes the database.
func (s *System) Close() error {
	if s.cancel != nil {
		s.cancel()
	}
	s.wg.Wait()
	slog.Debug("background work stopped")
	if err := s.Mail.Close(); err != nil {
		slog.Warn("close smtp connections", "err", err)
	}
	if err := s.Store.Close(); err != nil {
		return fmt.Errorf("close database: %w", err)
	}
	return nil
}

// schedulePurges enqueues the hourly clean-up of expired login links.
func (s *System) schedulePurges(ctx context.Context) {
	for {
		if err := s.Links.SchedulePurge(ctx); err != nil && ctx.Err() == nil {
			slog.Warn("schedule purge", "err", err)
		}
		s.purgeHousekeeping(ctx)
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Hour):
		}
	}
}

// purgeHousekeeping drops expired rate-limit keys, finished jobs
// older than a week, the text of emails that failed over a week ago and
// idempotency keys older than a day.
func (s *System) purgeHousekeeping(ctx context.Context) {
	now := s.Clock.Now()
	if _, err := s.Store.KV().Purge(ctx); err != nil && ctx.Err() == nil {
		slog.Warn("purge expired keys", "err", err)
	}
	if err := s.Store.PurgeRateCounters(ctx); err != nil && ctx.Err() == nil {
		slog.Warn("purge rate counters", "err", err)
	}
	err := s.Store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Jobs().PurgeFinishedBefore(now.AddDate(0, 0, -7)); err != nil {
			return err
		}
		if _, err := tx.Emails().ForgetFailedBefore(now.Add(-mail.FailedRetention)); err != nil {
			return err
		}
		_, err := tx.IdempotencyKeys().PurgeBefore(now.Add(-24 * time.Hour))
		return err
	})
	if err != nil && ctx.Err() == nil {
		slog.Warn("purge finished jobs and idempotency keys", "err", err)
	}
}
