package store

import (
	"gorm.io/gorm/clause"

	"clientportal/server/internal/model"
)

// Blobs is the content-addressed file store (PDFs, images) kept in the
// database. A blob belongs to no workspace by itself: the records that name
// its SHA-256 are what scope it, so look blobs up only through them.
type Blobs struct{ db *Tx }

// Blobs returns the blob repository.
func (t *Tx) Blobs() Blobs { return Blobs{t} }

// Put saves data under its SHA-256; saving the same bytes again is a no-op.
func (r Blobs) Put(sha256, contentType string, data []byte) error {
	b := model.Blob{SHA256: sha256, ContentType: contentType, Size: int64(len(data)), Data: data, CreatedAt: r.db.Now()}
	err := r.db.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "sha256"}}, DoNothing: true}).Create(&b).Error
	return notFound(err, "save blob")
}

// Get loads a blob with its bytes.
func (r Blobs) Get(sha256 string) (model.Blob, error) {
	var b model.Blob
	return b, notFound(r.db.db.Where("sha256 = ?", sha256).Take(&b).Error, "blob "+sha256)
}

// Exists reports whether a blob with this SHA-256 is stored.
func (r Blobs) Exists(sha256 string) (bool, error) {
	var n int64
	err := r.db.db.Model(&model.Blob{}).Where("sha256 = ?", sha256).Count(&n).Error
	return n > 0, notFound(err, "look up blob")
}
