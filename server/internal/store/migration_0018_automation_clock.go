package store

// migration0018AutomationClock is schema version 18: the workspace's time
// zone (schedules run in it; empty is UTC), and when an invoice was found
// overdue, so invoice.overdue is recorded once per invoice.
var migration0018AutomationClock = Migration{Version: 18, Name: "automation clock", Statements: []string{
	`ALTER TABLE workspaces ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''`,
	`ALTER TABLE invoices ADD COLUMN overdue_at {ts}`,
	`CREATE INDEX invoices_overdue_watch ON invoices (due_date) WHERE overdue_at IS NULL AND status IN ('issued', 'partially_paid')`,
}}
