package store

// migration0011DomainVerification is schema version 11: a custom domain is
// served only once its owner proved control of its DNS. Each claim carries
// its own token for the TXT record _clientportal-challenge.<host>; the host
// is no longer unique across workspaces (a squatter's unproven claim must not
// block the real owner), only among proven claims and within a workspace.
// The table is rebuilt because SQLite cannot drop a column's UNIQUE.
// Existing domains start unproven, their token taken from their own random
// id, and are due for a check at once.
var migration0011DomainVerification = Migration{Version: 11, Name: "domain verification", Statements: []string{
	`CREATE TABLE domains_v11 (
			id TEXT PRIMARY KEY,
			workspace_id TEXT NOT NULL REFERENCES workspaces(id),
			host TEXT NOT NULL,
			is_primary {bool} NOT NULL DEFAULT FALSE,
			verification_token TEXT NOT NULL,
			verified_at {ts},
			checked_at {ts},
			check_result TEXT NOT NULL DEFAULT '',
			failing_since {ts},
			next_check_at {ts},
			created_at {ts} NOT NULL)`,
	`INSERT INTO domains_v11 (id, workspace_id, host, is_primary, verification_token, next_check_at, created_at)
		SELECT id, workspace_id, host, is_primary, LOWER(REPLACE(id, '-', '')), created_at, created_at FROM domains`,
	`DROP TABLE domains`,
	`ALTER TABLE domains_v11 RENAME TO domains`,
	`CREATE UNIQUE INDEX domains_workspace_host ON domains (workspace_id, host)`,
	`CREATE UNIQUE INDEX domains_verified_host ON domains (host) WHERE verified_at IS NOT NULL`,
	`CREATE INDEX domains_host ON domains (host)`,
	`CREATE INDEX domains_next_check ON domains (next_check_at) WHERE next_check_at IS NOT NULL`,
}}
