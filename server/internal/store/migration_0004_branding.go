package store

// migration0004Branding is schema version 4.
var migration0004Branding = Migration{Version: 4, Name: "workspace branding", Statements: []string{
	// One row per workspace that set a logo; the image itself is a blob.
	`CREATE TABLE workspace_branding (
			workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id),
			logo_sha256 TEXT NOT NULL DEFAULT '',
			updated_at {ts} NOT NULL)`,
}}
