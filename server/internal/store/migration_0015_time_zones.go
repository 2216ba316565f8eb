package store

// migration0015TimeZones is schema version 15: the time zone a client's
// browser reports, kept on their profile so times are written in it.
var migration0015TimeZones = Migration{Version: 15, Name: "time zones", Statements: []string{
	`ALTER TABLE contacts ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''`,
}}
