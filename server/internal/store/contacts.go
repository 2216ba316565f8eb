package store

import (
	"strings"
	"time"

	"clientportal/server/internal/model"
)

// Contacts is the repository of a workspace's clients.
type Contacts struct{ db *Tx }

// Contacts returns the contact repository.
func (t *Tx) Contacts() Contacts { return Contacts{t} }

// Create saves a contact; ErrConflict when its email is taken in the workspace.
func (r Contacts) Create(c *model.Contact) error {
	return notFound(r.db.db.Create(c).Error, "create contact "+c.Email)
}

// ByID loads a contact of the workspace.
func (r Contacts) ByID(workspaceID, id string) (model.Contact, error) {
	return byID[model.Contact](r.db, workspaceID, id, "contact")
}

// ByEmail loads a contact of the workspace by email, case-insensitively.
func (r Contacts) ByEmail(workspaceID, email string) (model.Contact, error) {
	var c model.Contact
	err := r.db.db.Where("workspace_id = ? AND email_lower = ?", workspaceID, strings.ToLower(email)).Take(&c).Error
	return c, notFound(err, "contact by email")
}

// List returns up to f.Limit contacts after the cursor.
func (r Contacts) List(workspaceID string, f model.ContactFilter) ([]model.Contact, error) {
	q := r.db.db.Where("workspace_id = ?", workspaceID)
	if f.Status != "" {
		q = q.Where("status = ?", f.Status)
	}
	if f.Query != "" {
		like := "%" + escapeLike(strings.ToLower(f.Query)) + "%"
		q = q.Where("(email_lower LIKE ? ESCAPE '\\' OR LOWER(name) LIKE ? ESCAPE '\\')", like, like)
	}
	if f.After != nil {
		q = q.Where("(created_at < ? OR (created_at = ? AND id < ?))", f.After.CreatedAt, f.After.CreatedAt, f.After.ID)
	}
	var cs []model.Contact
	err := q.Order("created_at DESC, id DESC").Limit(f.Limit).Find(&cs).Error
	return cs, notFound(err, "list contacts")
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// ExistingIDs returns which of ids are contacts of the workspace.
func (r Contacts) ExistingIDs(workspaceID string, ids []string) ([]string, error) {
	var found []string
	for start := 0; start < len(ids); start += 1000 {
		end := min(start+1000, len(ids))
		var part []string
		err := r.db.db.Model(&model.Contact{}).Where("workspace_id = ? AND id IN ?", workspaceID, ids[start:end]).Pluck("id", &part).Error
		if err != nil {
			return nil, notFound(err, "check contacts")
		}
		found = append(found, part...)
	}
	return found, nil
}

// MarkInvited records the first invitation; it reports whether this call did.
func (r Contacts) MarkInvited(workspaceID, id string, at time.Time) (bool, error) {
	r.db.invalidate(ContactChanged(workspaceID, id))
	res := r.db.db.Exec(`UPDATE contacts SET invited_at = ?, access_revoked_at = NULL, updated_at = ?,
		status = CASE WHEN status = 'not_invited' THEN 'invited' ELSE status END
		WHERE workspace_id = ? AND id = ? AND invited_at IS NULL`, at, at, workspaceID, id)
	return res.RowsAffected == 1, notFound(res.Error, "mark invited")
}

// RestoreAccess lifts a revocation when the owner invites the contact again.
func (r Contacts) RestoreAccess(workspaceID, id string) error {
	r.db.invalidate(ContactChanged(workspaceID, id))
	return notFound(r.db.db.Exec(`UPDATE contacts SET access_revoked_at = NULL WHERE workspace_id = ? AND id = ?`, workspaceID, id).Error, "restore access")
}

// MarkLoggedIn records a login; it reports whether it was the first (a join).
func (r Contacts) MarkLoggedIn(workspaceID, id string, at time.Time) (bool, error) {
	r.db.invalidate(ContactChanged(workspaceID, id))
	res := r.db.db.Exec(`UPDATE contacts SET joined_at = ?, status = 'joined', updated_at = ? WHERE workspace_id = ? AND id = ? AND joined_at IS NULL`, at, at, workspaceID, id)
	if res.Error != nil {
		return false, notFound(res.Error, "mark joined")
	}
	joined := res.RowsAffected == 1
	err := r.db.db.Exec(`UPDATE contacts SET last_login_at = ? WHERE workspace_id = ? AND id = ?`, at, workspaceID, id).Error
	return joined, notFound(err, "mark login")
}

// Update saves changed profile fields of a contact.
func (r Contacts) Update(workspaceID, id string, fields map[string]any) error {
	r.db.invalidate(ContactChanged(workspaceID, id))
	fields["updated_at"] = r.db.Now()
	return notFound(r.db.db.Model(&model.Contact{}).Where("workspace_id = ? AND id = ?", workspaceID, id).Updates(fields).Error, "update contact")
}
