package store

func init() {
	register(Migration{Version: 3, Name: "documents", Statements: []string{
		`CREATE TABLE documents (
			id TEXT PRIMARY KEY,
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			title TEXT NOT NULL,
			signer_contact_id TEXT NOT NULL REFERENCES contacts(id),
			status TEXT NOT NULL,
			fields TEXT NOT NULL,
			page_count INTEGER NOT NULL,
			original_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
			final_sha256 TEXT NOT NULL DEFAULT '',
			signer_name TEXT NOT NULL DEFAULT '',
			signature_kind TEXT NOT NULL DEFAULT '',
			signature_sha256 TEXT NOT NULL DEFAULT '',
			decline_reason TEXT NOT NULL DEFAULT '',
			created_at {ts} NOT NULL,
			updated_at {ts} NOT NULL,
			sent_at {ts},
			viewed_at {ts},
			signed_at {ts},
			declined_at {ts},
			completed_at {ts})`,
		`CREATE INDEX documents_workspace_status ON documents (workspace_id, status, created_at)`,
		`CREATE INDEX documents_signer ON documents (workspace_id, signer_contact_id, created_at)`,
		`CREATE INDEX documents_final ON documents (final_sha256)`,
		`CREATE TABLE document_audit (
			id {serial},
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			document_id TEXT NOT NULL REFERENCES documents(id),
			at {ts} NOT NULL,
			actor TEXT NOT NULL,
			action TEXT NOT NULL,
			ip TEXT NOT NULL DEFAULT '',
			user_agent TEXT NOT NULL DEFAULT '')`,
		`CREATE INDEX document_audit_document ON document_audit (workspace_id, document_id, id)`,
		`CREATE TABLE signing_keys (
			workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id),
			kind TEXT NOT NULL,
			cert_pem TEXT NOT NULL,
			key_pem TEXT NOT NULL,
			subject TEXT NOT NULL,
			not_after {ts} NOT NULL,
			created_at {ts} NOT NULL,
			updated_at {ts} NOT NULL)`,
		`CREATE TABLE document_settings (
			workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id),
			disclosure TEXT NOT NULL,
			updated_at {ts} NOT NULL)`,
	}})
}
