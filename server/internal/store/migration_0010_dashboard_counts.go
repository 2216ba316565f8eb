package store

// migration0010DashboardCounts is schema version 10: the dashboard counts a
// client's unread messages straight from an index of the unread ones.
var migration0010DashboardCounts = Migration{Version: 10, Name: "dashboard counts", Statements: []string{
	`CREATE INDEX messages_contact_unread ON messages (workspace_id, contact_id, author) WHERE read_at IS NULL`,
}}
