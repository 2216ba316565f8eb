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

// ByHost finds which workspace a custom host belongs to.
func (r Domains) ByHost(host string) (model.Domain, error) {
	var d model.Domain
	err := r.db.db.Where("host = ?", host).Take(&d).Error
	return d, notFound(err, "domain "+host)
}

// Create adds a custom domain.
func (r Domains) Create(d *model.Domain) error {
	return notFound(r.db.db.Create(d).Error, "add domain "+d.Host)
}

// SetPrimary makes host the primary domain, or clears it when host is empty.
func (r Domains) SetPrimary(workspaceID, host string) error {
	err := r.db.db.Model(&model.Domain{}).Where("workspace_id = ?", workspaceID).Update("is_primary", false).Error
	if err != nil || host == "" {
		return notFound(err, "clear primary domain")
	}
	res := r.db.db.Model(&model.Domain{}).Where("workspace_id = ? AND host = ?", workspaceID, host).Update("is_primary", true)
	if res.Error == nil && res.RowsAffected == 0 {
		return notFound(errRecordNotFound(), "domain "+host)
	}
	return notFound(res.Error, "set primary domain")
}
