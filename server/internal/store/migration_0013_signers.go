package store

// migration0013Signers is schema version 13: a document has several signers
// in a signing order, an expiry, a void and a plan of reminders; templates
// make documents, one by one or in batches. Every document of an older
// version becomes a document of one signer.
var migration0013Signers = Migration{Version: 13, Name: "signers", Statements: []string{
	`CREATE TABLE document_signers (
			document_id TEXT NOT NULL REFERENCES documents(id),
			position INTEGER NOT NULL,
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			contact_id TEXT NOT NULL REFERENCES contacts(id),
			sign_order INTEGER NOT NULL,
			status TEXT NOT NULL,
			signer_name TEXT NOT NULL DEFAULT '',
			signature_kind TEXT NOT NULL DEFAULT '',
			signature_sha256 TEXT NOT NULL DEFAULT '',
			field_values TEXT NOT NULL DEFAULT '{}',
			sent_at {ts},
			viewed_at {ts},
			signed_at {ts},
			declined_at {ts},
			created_at {ts} NOT NULL,
			updated_at {ts} NOT NULL,
			PRIMARY KEY (document_id, position))`,
	`CREATE UNIQUE INDEX document_signers_contact ON document_signers (workspace_id, contact_id, document_id)`,
	`INSERT INTO document_signers (document_id, position, workspace_id, contact_id, sign_order, status, signer_name,
			signature_kind, signature_sha256, field_values, sent_at, viewed_at, signed_at, declined_at, created_at, updated_at)
		SELECT id, 0, workspace_id, signer_contact_id, 1,
			CASE status WHEN 'draft' THEN 'waiting' WHEN 'sent' THEN 'sent' WHEN 'viewed' THEN 'viewed'
				WHEN 'declined' THEN 'declined' ELSE 'signed' END,
			signer_name, signature_kind, signature_sha256, '{}', sent_at, viewed_at, signed_at, declined_at, created_at, updated_at
		FROM documents`,
	`ALTER TABLE documents ADD COLUMN expires_at {ts}`,
	`ALTER TABLE documents ADD COLUMN voided_at {ts}`,
	`ALTER TABLE documents ADD COLUMN void_reason TEXT NOT NULL DEFAULT ''`,
	`ALTER TABLE documents ADD COLUMN remind_first_after_s BIGINT NOT NULL DEFAULT 0`,
	`ALTER TABLE documents ADD COLUMN remind_every_s BIGINT NOT NULL DEFAULT 0`,
	`ALTER TABLE documents ADD COLUMN remind_max INTEGER NOT NULL DEFAULT 0`,
	`ALTER TABLE documents ADD COLUMN reminders_sent INTEGER NOT NULL DEFAULT 0`,
	`CREATE TABLE document_templates (
			id TEXT PRIMARY KEY,
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			title TEXT NOT NULL,
			roles TEXT NOT NULL,
			fields TEXT NOT NULL,
			page_count INTEGER NOT NULL,
			original_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
			created_at {ts} NOT NULL)`,
	`CREATE INDEX document_templates_workspace ON document_templates (workspace_id, created_at)`,
	`CREATE TABLE document_batches (
			id TEXT PRIMARY KEY,
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			template_id TEXT NOT NULL,
			title TEXT NOT NULL,
			created_at {ts} NOT NULL)`,
	`CREATE TABLE document_batch_items (
			batch_id TEXT NOT NULL REFERENCES document_batches(id),
			contact_id TEXT NOT NULL REFERENCES contacts(id),
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			document_id TEXT NOT NULL DEFAULT '',
			status TEXT NOT NULL,
			error TEXT NOT NULL DEFAULT '',
			updated_at {ts} NOT NULL,
			PRIMARY KEY (batch_id, contact_id))`,
}}
