package store

import (
	"fmt"

	"clientportal/server/internal/model"
)

// Workspaces is the repository of workspaces, their owners, tokens and domains.
type Workspaces struct{ db *Tx }

// Workspaces returns the workspace repository.
func (t *Tx) Workspaces() Workspaces { return Workspaces{t} }

// Create saves a new workspace with its counters row.
func (r Workspaces) Create(w *model.Workspace) error {
	if err := r.db.db.Create(w).Error; err != nil {
		return notFound(err, "create workspace "+w.Slug)
	}
	return notFound(r.db.db.Create(&model.Counters{WorkspaceID: w.ID}).Error, "create counters")
}

// ByID loads a workspace.
func (r Workspaces) ByID(id string) (model.Workspace, error) {
	var w model.Workspace
	err := r.db.db.Where("id = ?", id).Take(&w).Error
	return w, notFound(err, "workspace "+id)
}

// BySlug loads the workspace whose default host starts with slug.
func (r Workspaces) BySlug(slug string) (model.Workspace, error) {
	var w model.Workspace
	err := r.db.db.Where("slug = ?", slug).Take(&w).Error
	return w, notFound(err, "workspace slug "+slug)
}

// ByDomain loads, in one statement, the workspace whose verified custom
// domain host is; an unverified claim finds nothing.
func (r Workspaces) ByDomain(host string) (model.Workspace, error) {
	var w model.Workspace
	err := r.db.db.Where("id = (SELECT workspace_id FROM domains WHERE host = ? AND verified_at IS NOT NULL)", host).Take(&w).Error
	return w, notFound(err, "workspace of domain "+host)
}

// SlugTaken reports whether a slug is in use.
func (r Workspaces) SlugTaken(slug string) (bool, error) {
	var n int64
	err := r.db.db.Model(&model.Workspace{}).Where("slug = ?", slug).Count(&n).Error
	return n > 0, err
}

// CreateOwner saves the owner of a workspace.
func (r Workspaces) CreateOwner(o *model.Owner) error {
	return notFound(r.db.db.Create(o).Error, "create owner")
}

// CreateToken saves an API token (its hash only).
func (r Workspaces) CreateToken(t *model.APIToken) error {
	return notFound(r.db.db.Create(t).Error, "create token")
}

// TokenByHash finds a live token by its SHA-256.
func (r Workspaces) TokenByHash(hash []byte) (model.APIToken, error) {
	var t model.APIToken
	err := r.db.db.Where("token_hash = ? AND revoked_at IS NULL", hash).Take(&t).Error
	return t, notFound(err, "token")
}

// Counters reads the maintained invited/joined counts.
func (r Workspaces) Counters(workspaceID string) (model.Counters, error) {
	var c model.Counters
	err := r.db.db.Where("workspace_id = ?", workspaceID).Take(&c).Error
	return c, notFound(err, "counters of "+workspaceID)
}

// AddCounts adds to the invited and joined counts atomically.
func (r Workspaces) AddCounts(workspaceID string, invited, joined int64) error {
	err := r.db.db.Exec("UPDATE workspace_counters SET invited = invited + ?, joined = joined + ? WHERE workspace_id = ?",
		invited, joined, workspaceID).Error
	if err != nil {
		return fmt.Errorf("add counts for %s: %w", workspaceID, err)
	}
	return nil
}

// Update saves changed settings of a workspace.
func (r Workspaces) Update(workspaceID string, fields map[string]any) error {
	r.db.invalidate(WorkspaceChanged(workspaceID))
	return notFound(r.db.db.Model(&model.Workspace{}).Where("id = ?", workspaceID).Updates(fields).Error, "update workspace")
}

// OwnersByEmail lists the owners with this email, in every workspace.
func (r Workspaces) OwnersByEmail(email string) ([]model.Owner, error) {
	var os []model.Owner
	err := r.db.db.Where("email = ?", email).Order("created_at").Find(&os).Error
	return os, notFound(err, "owners by email")
}

// SetOwnerPassword stores an owner's password hash.
func (r Workspaces) SetOwnerPassword(ownerID, hash string) error {
	return notFound(r.db.db.Model(&model.Owner{}).Where("id = ?", ownerID).Update("password_hash", hash).Error, "set owner password")
}
