package store

// migration0009SealErrors is schema version 9: a signed document whose
// sealing gave up keeps the reason.
var migration0009SealErrors = Migration{Version: 9, Name: "seal errors", Statements: []string{
	`ALTER TABLE documents ADD COLUMN seal_error TEXT NOT NULL DEFAULT ''`,
}}
