package httpx

import (
	"context"
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/branding"
	"clientportal/server/internal/config"
	"clientportal/server/internal/contacts"
	"clientportal/server/internal/courses"
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
	"clientportal/server/internal/payments"
	"clientportal/server/internal/profile"
	"clientportal/server/internal/recurring"
	"clientportal/server/internal/sessions"
	"clientportal/server/internal/texts"
	"clientportal/server/internal/webhooks"
	"clientportal/server/internal/workflows"
	"clientportal/server/internal/workspace"
	"clientportal/shared/clock"
)

// Deps are the services the handlers need, wired by hand in main.
type Deps struct {
	Config config.Config
	// Database answers the readiness probe.
	Database interface {
		Ping(ctx context.Context) error
	}
	// Counters are the rate-limit counts every instance shares.
	Counters interface {
		Hit(ctx context.Context, key string, window time.Duration) (int, error)
	}
	// Limits keeps the login limiter's counts where every instance sees them.
	Limits fiber.Storage
	// Clock is the server's clock (the one every service takes).
	Clock          clock.Clock
	Workspaces     *workspace.Service
	Contacts       *contacts.Service       // contacts, invitations, revoking access
	Sessions       *sessions.Service       // client sessions and passwords
	Links          *links.Service          // login links and codes, login emails
	Texts          *texts.Service          // text messages: login links by text, delivery, opt-out
	EmailTemplates *emailtemplates.Service // the owner's wording of the invitation and login emails
	Documents      *documents.Service
	Hub            *events.Hub
	Queue          *jobs.Queue
	Profiles       *profile.Service   // profile pictures
	Branding       *branding.Service  // workspace logos
	Courses        *courses.Service   // courses, lessons and progress
	Groups         *groups.Service    // community groups
	Invoices       *invoices.Service  // invoices to clients
	Payments       *payments.Service  // Stripe keys, Checkout, webhooks
	Recurring      *recurring.Service // invoices issued every week, month or year
	Messages       *messages.Service  // conversations with clients
	Mail           *mail.Service      // the development mailbox's list
	Workflows      *workflows.Service // automations: triggers, runs and their steps
	Webhooks       *webhooks.Service  // signed event deliveries to the owner's addresses
	// Idempotency remembers owner API answers by Idempotency-Key.
	Idempotency *idempotency.Service
	// I18n holds every language's messages, dates and money formats.
	I18n *i18n.Catalog
}

// MaxBody is the largest request body accepted (a PDF upload of 25 MB plus form overhead).
const MaxBody = 26 << 20

// Server is what every handler of the owner API and the portal holds: the
// services, and the few handler steps both sides share.
type Server struct {
	Deps
}
