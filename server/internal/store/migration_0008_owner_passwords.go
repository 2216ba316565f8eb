package store

// migration0008OwnerPasswords is schema version 8.
var migration0008OwnerPasswords = Migration{Version: 8, Name: "owner passwords", Statements: []string{
	`ALTER TABLE owners ADD COLUMN password_hash TEXT NOT NULL DEFAULT ''`,
	`CREATE INDEX owners_email ON owners (email)`,
}}
