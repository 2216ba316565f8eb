package store

import (
	"errors"

	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
)

// SigningDefaultsOf loads a workspace's signing defaults, or def when the
// owner never changed them.
func (t *Tx) SigningDefaultsOf(workspaceID string, def model.SigningDefaults) (model.SigningDefaults, error) {
	s := def
	s.WorkspaceID = workspaceID
	err := t.db.Where("workspace_id = ?", workspaceID).Take(&s).Error
	if err = notFound(err, "signing defaults"); errors.Is(err, ErrNotFound) {
		return s, nil
	}
	return s, err
}

// SaveSigningDefaults stores a workspace's signing defaults.
func (t *Tx) SaveSigningDefaults(s model.SigningDefaults) error {
	s.UpdatedAt = t.Now()
	return notFound(t.db.Clauses(clause.OnConflict{UpdateAll: true}).Create(&s).Error, "save signing defaults")
}
