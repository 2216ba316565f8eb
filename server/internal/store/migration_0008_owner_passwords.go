package store

func init() {
	register(Migration{Version: 8, Name: "owner passwords", Statements: []string{
		`ALTER TABLE owners ADD COLUMN password_hash TEXT NOT NULL DEFAULT ''`,
		`CREATE INDEX owners_email ON owners (email)`,
	}})
}
