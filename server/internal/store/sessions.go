package store

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"

	"clientportal/server/internal/model"
)

// Sessions is the repository of signed-in client browsers.
type Sessions struct{ db *Tx }

// Sessions returns the session repository.
func (t *Tx) Sessions() Sessions { return Sessions{t} }

// Create saves a session (its token hash only).
func (r Sessions) Create(s *model.Session) error {
	return notFound(r.db.db.Create(s).Error, "create session")
}

// Live finds an unrevoked, unexpired session of the workspace by token hash.
func (r Sessions) Live(workspaceID string, hash []byte, now time.Time) (model.Session, error) {
	var s model.Session
	err := r.db.db.Where("workspace_id = ? AND token_hash = ? AND revoked_at IS NULL AND expires_at > ?", workspaceID, hash, now).Take(&s).Error
	return s, notFound(err, "session")
}

// sessionOfContact is a session row with its contact's columns beside it,
// each prefixed client_.
type sessionOfContact struct {
	model.Session
	Client model.Contact `gorm:"embedded;embeddedPrefix:client_"`
}

var (
	contactColumnsOnce sync.Once
	contactColumns     string
)

// clientColumns selects every column of contacts c as client_<column>.
func (r Sessions) clientColumns() string {
	contactColumnsOnce.Do(func() {
		sch, err := schema.Parse(&model.Contact{}, &sync.Map{}, r.db.db.NamingStrategy)
		if err != nil {
			panic(fmt.Sprintf("contact columns: %v", err))
		}
		cols := make([]string, 0, len(sch.DBNames))
		for _, name := range sch.DBNames {
			cols = append(cols, "c."+name+" AS client_"+name)
		}
		contactColumns = strings.Join(cols, ", ")
	})
	return contactColumns
}

// LiveWithContact finds, in one statement, an unrevoked, unexpired session
// of the workspace by token hash together with its contact.
func (r Sessions) LiveWithContact(workspaceID string, hash []byte, now time.Time) (model.Session, model.Contact, error) {
	var row sessionOfContact
	res := r.db.db.Table("sessions s").Select("s.*, "+r.clientColumns()).
		Joins("JOIN contacts c ON c.id = s.contact_id AND c.workspace_id = s.workspace_id").
		Where("s.workspace_id = ? AND s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ?", workspaceID, hash, now).
		Limit(1).Scan(&row)
	if res.Error == nil && res.RowsAffected == 0 {
		return model.Session{}, model.Contact{}, notFound(gorm.ErrRecordNotFound, "session")
	}
	return row.Session, row.Client, notFound(res.Error, "session")
}

// Touch records activity, keeping the idle timer fresh.
func (r Sessions) Touch(id string, now time.Time) error {
	return notFound(r.db.db.Model(&model.Session{}).Where("id = ?", id).Update("last_seen_at", now).Error, "touch session")
}

// Revoke ends one session.
func (r Sessions) Revoke(workspaceID, id string, now time.Time) error {
	r.db.invalidate(SessionChanged(id))
	return notFound(r.db.db.Model(&model.Session{}).Where("workspace_id = ? AND id = ? AND revoked_at IS NULL", workspaceID, id).
		Update("revoked_at", now).Error, "revoke session")
}

// RevokeForContact ends every session of a contact ("log out everywhere").
func (r Sessions) RevokeForContact(workspaceID, contactID string, now time.Time) error {
	r.db.invalidate(ContactChanged(workspaceID, contactID))
	return notFound(r.db.db.Model(&model.Session{}).Where("workspace_id = ? AND contact_id = ? AND revoked_at IS NULL", workspaceID, contactID).
		Update("revoked_at", now).Error, "revoke sessions")
}
