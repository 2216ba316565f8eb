package store

import (
	"errors"

	"clientportal/server/internal/apperr"
)

// Missing turns a store miss into a NotFound error with a message safe to
// show (the miss stays the cause, for the log); other errors pass through.
func Missing(err error, msg string) error {
	if errors.Is(err, ErrNotFound) {
		return apperr.Wrap(apperr.NotFound, err, "%s", msg)
	}
	return err
}

// byID loads the record of type T with the id, in the workspace only; what
// names it in the error ("contact 42").
func byID[T any](t *Tx, workspaceID, id, what string) (T, error) {
	var row T
	err := t.db.Where("workspace_id = ? AND id = ?", workspaceID, id).Take(&row).Error
	return row, notFound(err, what+" "+id)
}
