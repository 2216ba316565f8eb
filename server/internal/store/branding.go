package store

import (
	"time"

	"gorm.io/gorm/clause"
)

// workspaceBranding is a row of workspace_branding.
type workspaceBranding struct {
	WorkspaceID string `gorm:"primaryKey"`
	LogoSHA256  string
	UpdatedAt   time.Time
}

func (workspaceBranding) TableName() string { return "workspace_branding" }

// Branding is the repository of a workspace's look beyond its name and
// accent colour: its logo.
type Branding struct{ db *Tx }

// Branding returns the branding repository.
func (t *Tx) Branding() Branding { return Branding{t} }

// Logo returns the SHA-256 of the workspace's logo blob, "" when it has none.
func (r Branding) Logo(workspaceID string) (string, error) {
	var rows []workspaceBranding
	err := r.db.db.Where("workspace_id = ?", workspaceID).Limit(1).Find(&rows).Error
	if err != nil || len(rows) == 0 {
		return "", notFound(err, "logo of "+workspaceID)
	}
	return rows[0].LogoSHA256, nil
}

// SetLogo names the workspace's logo blob ("" removes the logo).
func (r Branding) SetLogo(workspaceID, sha256 string) error {
	r.db.invalidate(WorkspaceChanged(workspaceID))
	row := workspaceBranding{WorkspaceID: workspaceID, LogoSHA256: sha256, UpdatedAt: r.db.Now()}
	err := r.db.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "workspace_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"logo_sha256", "updated_at"})}).Create(&row).Error
	return notFound(err, "set logo of "+workspaceID)
}
