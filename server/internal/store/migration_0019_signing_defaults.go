package store

// migration0019SigningDefaults is schema version 19: each workspace's
// defaults for the reminders and expiry of a sent document, and the signing
// order of each role of a template (equal orders sign in parallel).
var migration0019SigningDefaults = Migration{Version: 19, Name: "signing defaults", Statements: []string{
	`CREATE TABLE signing_defaults (
			workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id),
			first_reminder_s BIGINT NOT NULL,
			reminder_every_s BIGINT NOT NULL,
			reminder_max INTEGER NOT NULL,
			expires_in_s BIGINT NOT NULL,
			updated_at {ts} NOT NULL)`,
	`ALTER TABLE document_templates ADD COLUMN role_orders TEXT NOT NULL DEFAULT ''`,
}}
