package store

// migration0020EmailTemplateLanguages is schema version 20: the owner keeps
// one wording of each email per language, so a template's key becomes
// (workspace, kind, language). The table is rebuilt because SQLite cannot
// change a primary key. Wording saved before languages existed was written
// for the workspace's clients as a whole: it becomes the wording of the
// workspace's default language.
var migration0020EmailTemplateLanguages = Migration{Version: 20, Name: "email template languages", Statements: []string{
	`CREATE TABLE email_templates_v20 (
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			kind TEXT NOT NULL,
			language TEXT NOT NULL DEFAULT 'en',
			subject TEXT NOT NULL,
			body TEXT NOT NULL,
			updated_at {ts} NOT NULL,
			PRIMARY KEY (workspace_id, kind, language))`,
	`INSERT INTO email_templates_v20 (workspace_id, kind, language, subject, body, updated_at)
		SELECT t.workspace_id, t.kind, w.language, t.subject, t.body, t.updated_at
		FROM email_templates t JOIN workspaces w ON w.id = t.workspace_id`,
	`DROP TABLE email_templates`,
	`ALTER TABLE email_templates_v20 RENAME TO email_templates`,
}}
