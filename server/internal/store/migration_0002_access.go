package store

// migration0002Access is schema version 2.
var migration0002Access = Migration{Version: 2, Name: "portal access", Statements: []string{
	`CREATE TABLE login_links (
			id TEXT PRIMARY KEY,
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			contact_id TEXT NOT NULL REFERENCES contacts(id),
			purpose TEXT NOT NULL,
			token_hash {blob} NOT NULL UNIQUE,
			code_hash {blob},
			code_attempts INTEGER NOT NULL DEFAULT 0,
			expires_at {ts} NOT NULL,
			used_at {ts},
			created_at {ts} NOT NULL)`,
	`CREATE INDEX login_links_contact ON login_links (workspace_id, contact_id, created_at)`,
	`CREATE INDEX login_links_expiry ON login_links (expires_at)`,
	`CREATE TABLE sessions (
			id TEXT PRIMARY KEY,
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			contact_id TEXT NOT NULL REFERENCES contacts(id),
			token_hash {blob} NOT NULL UNIQUE,
			created_at {ts} NOT NULL,
			last_seen_at {ts} NOT NULL,
			expires_at {ts} NOT NULL,
			revoked_at {ts},
			ip TEXT NOT NULL DEFAULT '',
			user_agent TEXT NOT NULL DEFAULT '')`,
	`CREATE INDEX sessions_contact ON sessions (workspace_id, contact_id)`,
	`CREATE TABLE email_templates (
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			kind TEXT NOT NULL,
			subject TEXT NOT NULL,
			body TEXT NOT NULL,
			updated_at {ts} NOT NULL,
			PRIMARY KEY (workspace_id, kind))`,
	`CREATE TABLE login_email_requests (
			id TEXT PRIMARY KEY,
			batch_id TEXT NOT NULL,
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			contact_id TEXT NOT NULL REFERENCES contacts(id),
			email_id TEXT REFERENCES emails(id),
			status TEXT NOT NULL,
			error TEXT NOT NULL DEFAULT '',
			created_at {ts} NOT NULL)`,
	`CREATE INDEX login_email_requests_batch ON login_email_requests (workspace_id, batch_id)`,
	`CREATE INDEX contacts_workspace_email ON contacts (workspace_id, email_lower)`,
	`CREATE INDEX contacts_workspace_created ON contacts (workspace_id, created_at, id)`,
}}
