package store

// migration0012Texts is schema version 12: text messages to contacts, their
// delivery state, a workspace's text settings, and a contact's opt-out.
var migration0012Texts = Migration{Version: 12, Name: "texts", Statements: []string{
	`ALTER TABLE contacts ADD COLUMN sms_opt_out {bool} NOT NULL DEFAULT FALSE`,
	`CREATE INDEX contacts_phone ON contacts (phone) WHERE phone <> ''`,
	`CREATE TABLE text_settings (
			workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id),
			phone_region TEXT NOT NULL DEFAULT 'US',
			hourly_limit INTEGER NOT NULL DEFAULT 500,
			template TEXT NOT NULL DEFAULT '',
			updated_at {ts} NOT NULL)`,
	`CREATE TABLE texts (
			id TEXT PRIMARY KEY,
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			contact_id TEXT NOT NULL REFERENCES contacts(id),
			batch_id TEXT,
			kind TEXT NOT NULL,
			to_phone TEXT NOT NULL,
			body TEXT NOT NULL DEFAULT '',
			body_length INTEGER NOT NULL DEFAULT 0,
			status TEXT NOT NULL,
			provider_sid TEXT NOT NULL DEFAULT '',
			error_code TEXT NOT NULL DEFAULT '',
			error TEXT NOT NULL DEFAULT '',
			attempts INTEGER NOT NULL DEFAULT 0,
			created_at {ts} NOT NULL,
			sent_at {ts},
			updated_at {ts} NOT NULL)`,
	`CREATE INDEX texts_batch ON texts (workspace_id, batch_id, created_at) WHERE batch_id IS NOT NULL`,
	`CREATE INDEX texts_workspace_recent ON texts (workspace_id, created_at)`,
	`CREATE INDEX texts_contact_recent ON texts (workspace_id, contact_id, created_at)`,
	`CREATE INDEX texts_provider_sid ON texts (provider_sid) WHERE provider_sid <> ''`,
}}
