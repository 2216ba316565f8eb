package store

// migration0017Languages is schema version 17: the language a client chose
// on their profile (empty: their browser's), and each workspace's default.
var migration0017Languages = Migration{Version: 17, Name: "languages", Statements: []string{
	`ALTER TABLE contacts ADD COLUMN language TEXT NOT NULL DEFAULT ''`,
	`ALTER TABLE workspaces ADD COLUMN language TEXT NOT NULL DEFAULT 'en'`,
}}
