package store

import (
	"clientportal/server/internal/model"
)

// Domains is the repository of the hosts a workspace's portal answers on.
type Domains struct{ db *Tx }

// Domains returns the domain repository.
func (t *Tx) Domains() Domains { return Domains{t} }

// List returns a workspace's custom domains, oldest first.
func (r Domains) List(workspaceID string) ([]model.Domain, error) {
	var ds []model.Domain
	err := r.db.db.Where("workspace_id = ?", workspaceID).Order("created_at, host").Find(&ds).Error
	return ds, notFound(err, "list domains")
}

// VerifiedClaim finds the one verified claim of a custom host, whichever
// workspace made it.
func (r Domains) VerifiedClaim(host string) (model.Domain, error) {
	var d model.Domain
	err := r.db.db.Where("host = ? AND verified_at IS NOT NULL", host).Take(&d).Error
	return d, notFound(err, "verified domain "+host)
}

// Claim loads one workspace's claim of host.
func (r Domains) Claim(workspaceID, host string) (model.Domain, error) {
	var d model.Domain
	err := r.db.db.Where("workspace_id = ? AND host = ?", workspaceID, host).Take(&d).Error
	return d, notFound(err, "domain "+host)
}

// Create adds a custom domain.
func (r Domains) Create(d *model.Domain) error {
	r.db.invalidate(WorkspaceChanged(d.WorkspaceID))
	return notFound(r.db.db.Create(d).Error, "add domain "+d.Host)
}

// SetPrimary makes host the primary domain, or clears it when host is
// empty; only a verified domain can be chosen.
func (r Domains) SetPrimary(workspaceID, host string) error {
	r.db.invalidate(WorkspaceChanged(workspaceID))
	err := r.db.db.Model(&model.Domain{}).Where("workspace_id = ?", workspaceID).Update("is_primary", false).Error
	if err != nil || host == "" {
		return notFound(err, "clear primary domain")
	}
	res := r.db.db.Model(&model.Domain{}).Where("workspace_id = ? AND host = ? AND verified_at IS NOT NULL", workspaceID, host).Update("is_primary", true)
	if res.Error == nil && res.RowsAffected == 0 {
		return notFound(errRecordNotFound(), "domain "+host)
	}
	return notFound(res.Error, "set primary domain")
}
