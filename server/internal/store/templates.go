package store

import (
	"errors"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
)

// EmailTemplates is the repository of the owner's email wording.
type EmailTemplates struct{ db *Tx }

// EmailTemplates returns the template repository.
func (t *Tx) EmailTemplates() EmailTemplates { return EmailTemplates{t} }

// Get loads the owner's wording of a kind in one language; ok is false when
// the owner has not written one for it.
func (r EmailTemplates) Get(workspaceID, kind, language string) (model.EmailTemplate, bool, error) {
	var t model.EmailTemplate
	err := r.db.db.Where("workspace_id = ? AND kind = ? AND language = ?", workspaceID, kind, language).Take(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return t, false, nil
	}
	return t, err == nil, notFound(err, "email template "+kind)
}

// Save stores a template, replacing the previous wording.
func (r EmailTemplates) Save(t *model.EmailTemplate) error {
	return notFound(r.db.db.Clauses(clause.OnConflict{UpdateAll: true}).Create(t).Error, "save email template")
}
