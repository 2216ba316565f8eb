package store

// migration0014Payments is schema version 14: a workspace's Stripe keys
// (secrets sealed), every payment and refund of an invoice, the Stripe
// events already handled, what was refunded of an invoice, email
// attachments (the receipt PDF), and recurring invoices with one row per
// period issued.
var migration0014Payments = Migration{Version: 14, Name: "payments", Statements: []string{
	`CREATE TABLE stripe_accounts (
			workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id),
			secret_key TEXT NOT NULL,
			secret_key_last4 TEXT NOT NULL,
			publishable_key TEXT NOT NULL,
			webhook_secret TEXT NOT NULL,
			webhook_secret_last4 TEXT NOT NULL,
			live_mode {bool} NOT NULL,
			connected_at {ts} NOT NULL,
			updated_at {ts} NOT NULL)`,
	`CREATE TABLE payments (
			id TEXT PRIMARY KEY,
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			invoice_id TEXT NOT NULL REFERENCES invoices(id),
			kind TEXT NOT NULL,
			provider TEXT NOT NULL,
			reference TEXT NOT NULL DEFAULT '',
			amount_minor BIGINT NOT NULL,
			currency TEXT NOT NULL,
			method TEXT NOT NULL DEFAULT '',
			paid_on TEXT NOT NULL,
			note TEXT NOT NULL DEFAULT '',
			overpayment {bool} NOT NULL DEFAULT FALSE,
			receipt_email_id TEXT NOT NULL DEFAULT '',
			created_at {ts} NOT NULL,
			updated_at {ts} NOT NULL)`,
	`CREATE UNIQUE INDEX payments_reference ON payments (workspace_id, provider, kind, reference) WHERE reference <> ''`,
	`CREATE INDEX payments_invoice ON payments (workspace_id, invoice_id, created_at)`,
	`CREATE TABLE stripe_events (
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			event_id TEXT NOT NULL,
			type TEXT NOT NULL,
			received_at {ts} NOT NULL,
			PRIMARY KEY (workspace_id, event_id))`,
	`ALTER TABLE invoices ADD COLUMN refunded_minor BIGINT NOT NULL DEFAULT 0`,
	`ALTER TABLE emails ADD COLUMN attachment_name TEXT NOT NULL DEFAULT ''`,
	`ALTER TABLE emails ADD COLUMN attachment {blob}`,
	`CREATE TABLE recurring_invoices (
			id TEXT PRIMARY KEY,
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			contact_id TEXT NOT NULL REFERENCES contacts(id),
			currency TEXT NOT NULL,
			lines_json TEXT NOT NULL,
			notes TEXT NOT NULL DEFAULT '',
			due_days INTEGER NOT NULL,
			every TEXT NOT NULL,
			starts_on TEXT NOT NULL,
			period_count INTEGER NOT NULL DEFAULT 0,
			next_period INTEGER NOT NULL DEFAULT 0,
			next_on TEXT NOT NULL DEFAULT '',
			paused {bool} NOT NULL DEFAULT FALSE,
			created_at {ts} NOT NULL,
			updated_at {ts} NOT NULL,
			deleted_at {ts})`,
	`CREATE INDEX recurring_invoices_workspace ON recurring_invoices (workspace_id, created_at)`,
	`CREATE TABLE recurring_runs (
			recurring_id TEXT NOT NULL REFERENCES recurring_invoices(id),
			period INTEGER NOT NULL,
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			invoice_id TEXT NOT NULL REFERENCES invoices(id),
			period_on TEXT NOT NULL,
			created_at {ts} NOT NULL,
			PRIMARY KEY (recurring_id, period))`,
}}
