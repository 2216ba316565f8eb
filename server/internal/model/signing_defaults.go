package model

import "time"

// SigningDefaults are a workspace's defaults for the reminders and expiry
// of a sent document; a send that names its own overrides them.
type SigningDefaults struct {
	WorkspaceID    string `gorm:"primaryKey"`
	FirstReminderS int64  // seconds from the send to the first reminder
	ReminderEveryS int64  // seconds between reminders
	ReminderMax    int    // reminders at most; 0 sends none
	ExpiresInS     int64  // seconds from the send to the expiry
	UpdatedAt      time.Time
}

// TableName keeps the table name readable.
func (SigningDefaults) TableName() string { return "signing_defaults" }
