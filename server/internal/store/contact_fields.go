package store

import (
	"clientportal/server/internal/model"
)

// ContactFields is the repository of the owner's extra contact fields.
type ContactFields struct{ db *Tx }

// ContactFields returns the contact field repository.
func (t *Tx) ContactFields() ContactFields { return ContactFields{t} }

// Create saves a field; ErrConflict when its key is taken in the workspace.
func (r ContactFields) Create(f *model.ContactField) error {
	return notFound(r.db.db.Create(f).Error, "create contact field "+f.Key)
}

// List returns the workspace's fields, oldest first.
func (r ContactFields) List(workspaceID string) ([]model.ContactField, error) {
	var fs []model.ContactField
	err := r.db.db.Where("workspace_id = ?", workspaceID).Order("created_at, key").Find(&fs).Error
	return fs, notFound(err, "list contact fields")
}

// Delete removes a field and its value from every contact of the workspace;
// ErrNotFound when there is no such field.
func (r ContactFields) Delete(workspaceID, key string) error {
	res := r.db.db.Where("workspace_id = ? AND key = ?", workspaceID, key).Delete(&model.ContactField{})
	if res.Error != nil {
		return notFound(res.Error, "delete contact field "+key)
	}
	if res.RowsAffected == 0 {
		return notFound(errRecordNotFound(), "contact field "+key)
	}
	var cs []model.Contact
	like := "%" + escapeLike(`"`+key+`":`) + "%"
	err := r.db.db.Select("id", "fields_json").Where("workspace_id = ? AND fields_json LIKE ? ESCAPE '\\'", workspaceID, like).Find(&cs).Error
	if err != nil {
		return notFound(err, "contacts with field "+key)
	}
	for _, c := range cs {
		delete(c.Fields, key)
		if err := r.db.Contacts().SetFields(workspaceID, c.ID, c.Fields); err != nil {
			return err
		}
	}
	return nil
}

// SetFields saves a contact's whole set of extra field values.
func (r Contacts) SetFields(workspaceID, id string, fields map[string]string) error {
	err := r.db.db.Model(&model.Contact{}).Where("workspace_id = ? AND id = ?", workspaceID, id).
		Select("fields_json", "updated_at").Updates(&model.Contact{Fields: fields, UpdatedAt: r.db.Now()}).Error
	return notFound(err, "save contact fields")
}
