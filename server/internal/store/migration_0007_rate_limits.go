package store

// migration0007RateLimits is schema version 7.
var migration0007RateLimits = Migration{Version: 7, Name: "rate limit counters", Statements: []string{
	`CREATE TABLE rate_counters (
			key TEXT PRIMARY KEY,
			n INTEGER NOT NULL,
			reset_at {ts} NOT NULL)`,
	`CREATE INDEX rate_counters_reset ON rate_counters (reset_at)`,
}}
