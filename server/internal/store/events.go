package store

import (
	"clientportal/server/internal/model"
)

// Events is the repository of the change log the event stream reads.
type Events struct{ db *Tx }

// Events returns the event repository.
func (t *Tx) Events() Events { return Events{t} }

// Append records an event in the current transaction; on PostgreSQL it also
// wakes every instance's stream at commit (NOTIFY is transactional).
func (r Events) Append(e *model.Event) error {
	if r.db.dialect == "postgres" {
		// Event-writing transactions commit in id order, so a reader that
		// has seen id N has seen every id below it.
		if err := r.db.db.Exec("SELECT pg_advisory_xact_lock(4242)").Error; err != nil {
			return notFound(err, "order events")
		}
	}
	if err := r.db.db.Create(e).Error; err != nil {
		return notFound(err, "append event "+e.Type)
	}
	r.db.wake = true
	if r.db.dialect == "postgres" {
		return notFound(r.db.db.Exec("SELECT pg_notify('portal_events', '')").Error, "notify event")
	}
	return nil
}

// After lists events with an id above after, oldest first, all workspaces.
func (r Events) After(after int64, limit int) ([]model.Event, error) {
	var es []model.Event
	err := r.db.db.Where("id > ?", after).Order("id").Limit(limit).Find(&es).Error
	return es, notFound(err, "events after")
}

// LastID is the id of the newest event, 0 when there is none.
func (r Events) LastID() (int64, error) {
	var id *int64
	err := r.db.db.Raw("SELECT MAX(id) FROM events").Scan(&id).Error
	if err != nil || id == nil {
		return 0, err
	}
	return *id, nil
}

// ForWorkspace lists a workspace's events after an id, for a reconnecting stream.
func (r Events) ForWorkspace(workspaceID string, after int64, limit int) ([]model.Event, error) {
	var es []model.Event
	err := r.db.db.Where("workspace_id = ? AND id > ?", workspaceID, after).Order("id").Limit(limit).Find(&es).Error
	return es, notFound(err, "workspace events")
}
