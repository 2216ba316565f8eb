package store

import (
	"errors"
	"time"

	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
)

// Texts is the repository of text messages and their delivery state.
type Texts struct{ db *Tx }

// Texts returns the text message repository.
func (t *Tx) Texts() Texts { return Texts{t} }

// CreateMany saves new texts.
func (r Texts) CreateMany(ts []model.Text) error {
	return notFound(r.db.db.CreateInBatches(ts, 500).Error, "save texts")
}

// ByID loads a text of the workspace.
func (r Texts) ByID(workspaceID, id string) (model.Text, error) {
	return byID[model.Text](r.db, workspaceID, id, "text")
}

// ForCallback finds the text a provider's callback is about: by the text id
// its callback address carries and, when that is missing, by the
// provider's message id.
func (r Texts) ForCallback(id, sid string) (model.Text, error) {
	var t model.Text
	q := r.db.db.Where("id = ?", id)
	if id == "" {
		q = r.db.db.Where("provider_sid = ? AND provider_sid <> ''", sid)
	}
	err := q.Take(&t).Error
	return t, notFound(err, "text for callback")
}

// StartAttempt marks a try of a text as under way and counts it; it
// reports false when the text is no longer waiting to be sent.
func (r Texts) StartAttempt(id string, attempt int) (bool, error) {
	now := r.db.Now()
	res := r.db.db.Exec(`UPDATE texts SET status = ?, attempts = ?, updated_at = ? WHERE id = ? AND status IN (?, ?)`,
		model.TextSending, attempt, now, id, model.TextQueued, model.TextSending)
	return res.RowsAffected == 1, notFound(res.Error, "start text attempt")
}

// MarkSent records the provider's id of a text it accepted; keepBody says
// whether the body stays (the development outbox shows it). A status the
// provider's callbacks already moved further is kept.
func (r Texts) MarkSent(id, sid string, keepBody bool) error {
	now := r.db.Now()
	set := map[string]any{"provider_sid": sid, "updated_at": now, "sent_at": now,
		"status": clause.Expr{SQL: "CASE WHEN status IN (?, ?) THEN ? ELSE status END", Vars: []any{model.TextQueued, model.TextSending, model.TextSent}}}
	if !keepBody {
		set["body"] = ""
	}
	return notFound(r.db.db.Model(&model.Text{}).Where("id = ?", id).Updates(set).Error, "mark text sent")
}

// Fail records that a text will not be sent, with the provider's code.
func (r Texts) Fail(id, code, why string) error {
	return notFound(r.db.db.Model(&model.Text{}).Where("id = ? AND status IN ?", id, []string{model.TextQueued, model.TextSending}).
		Updates(map[string]any{"status": model.TextFailed, "error_code": code, "error": why, "body": "", "updated_at": r.db.Now()}).Error, "fail text")
}

// NoteError records the error of a try that will be retried.
func (r Texts) NoteError(id, why string) error {
	return notFound(r.db.db.Model(&model.Text{}).Where("id = ?", id).
		Updates(map[string]any{"error": why, "updated_at": r.db.Now()}).Error, "note text error")
}

// SetStatus moves a text to a status the provider reported, with its error
// code, and learns the provider's id when it did not know it yet.
func (r Texts) SetStatus(id, sid, status, code string) error {
	set := map[string]any{"status": status, "error_code": code, "updated_at": r.db.Now(), "body": ""}
	if sid != "" {
		set["provider_sid"] = sid
	}
	return notFound(r.db.db.Model(&model.Text{}).Where("id = ?", id).Updates(set).Error, "set text status")
}

// Batch lists the texts of a batch, oldest first.
func (r Texts) Batch(workspaceID, batchID string) ([]model.Text, error) {
	var ts []model.Text
	err := r.db.db.Where("workspace_id = ? AND batch_id = ?", workspaceID, batchID).Order("created_at, id").Find(&ts).Error
	return ts, notFound(err, "text batch")
}

// CountSince counts the workspace's texts made since a time; with a
// contact id, only that contact's.
func (r Texts) CountSince(workspaceID, contactID string, since time.Time) (int, error) {
	q := r.db.db.Model(&model.Text{}).Where("workspace_id = ? AND created_at >= ?", workspaceID, since)
	if contactID != "" {
		q = q.Where("contact_id = ?", contactID)
	}
	var n int64
	err := q.Count(&n).Error
	return int(n), notFound(err, "count texts")
}

// CountPerContactSince counts each of the contacts' texts since a time.
func (r Texts) CountPerContactSince(workspaceID string, contactIDs []string, since time.Time) (map[string]int, error) {
	out := map[string]int{}
	for start := 0; start < len(contactIDs); start += 1000 {
		var rows []struct {
			ContactID string
			N         int
		}
		err := r.db.db.Model(&model.Text{}).Select("contact_id, COUNT(*) AS n").
			Where("workspace_id = ? AND contact_id IN ? AND created_at >= ?", workspaceID, contactIDs[start:min(start+1000, len(contactIDs))], since).
			Group("contact_id").Scan(&rows).Error
		if err != nil {
			return nil, notFound(err, "count texts per contact")
		}
		for _, row := range rows {
			out[row.ContactID] = row.N
		}
	}
	return out, nil
}

// ContactsByIDs loads the contacts of the workspace among ids.
func (t *Tx) ContactsByIDs(workspaceID string, ids []string) ([]model.Contact, error) {
	var out []model.Contact
	for start := 0; start < len(ids); start += 1000 {
		var part []model.Contact
		if err := t.db.Where("workspace_id = ? AND id IN ?", workspaceID, ids[start:min(start+1000, len(ids))]).Find(&part).Error; err != nil {
			return nil, notFound(err, "contacts by id")
		}
		out = append(out, part...)
	}
	return out, nil
}

// Recent lists the newest texts of every workspace, for the development outbox.
func (r Texts) Recent(n int) ([]model.Text, error) {
	var ts []model.Text
	err := r.db.db.Order("created_at DESC, id DESC").Limit(n).Find(&ts).Error
	return ts, notFound(err, "recent texts")
}

// TextSettingsOf loads a workspace's text settings, or the defaults when
// the owner never changed them.
func (t *Tx) TextSettingsOf(workspaceID string) (model.TextSettings, error) {
	s := model.TextSettings{WorkspaceID: workspaceID, PhoneRegion: "US", HourlyLimit: 500}
	err := t.db.Where("workspace_id = ?", workspaceID).Take(&s).Error
	if err = notFound(err, "text settings"); errors.Is(err, ErrNotFound) {
		return s, nil
	}
	return s, err
}

// SaveTextSettings stores a workspace's text settings.
func (t *Tx) SaveTextSettings(s model.TextSettings) error {
	s.UpdatedAt = t.Now()
	return notFound(t.db.Clauses(clause.OnConflict{UpdateAll: true}).Create(&s).Error, "save text settings")
}

// SetSMSOptOut sets or clears the opt-out of every contact, in any
// workspace, whose number is phone (the provider's sending number is shared,
// and so is its STOP); it returns the contacts it changed.
func (t *Tx) SetSMSOptOut(phone string, out bool) ([]model.Contact, error) {
	var cs []model.Contact
	err := t.db.Where("phone = ? AND phone <> '' AND sms_opt_out <> ?", phone, out).Find(&cs).Error
	if err != nil || len(cs) == 0 {
		return nil, notFound(err, "contacts by phone")
	}
	err = t.db.Model(&model.Contact{}).Where("phone = ? AND phone <> ''", phone).
		Updates(map[string]any{"sms_opt_out": out, "updated_at": t.Now()}).Error
	return cs, notFound(err, "set text opt-out")
}
