package pdf

import (
	"fmt"
	"io/fs"

	"clientportal/server/internal/i18n"
)

// Sealer produces final copies. Make one at start-up with NewSealer and
// share it: Seal is safe for concurrent calls.
type Sealer struct {
	fonts   *fontBook
	tsa     *timestampAuthority // nil: signatures carry no timestamp
	catalog *i18n.Catalog       // nil: the frontend's embedded catalogues
}

// NewSealer prepares pdfcpu's configuration folder under configDir and
// installs the TrueType fonts found in fonts (the frontend's fonts folder).
// pdfcpu keeps fonts process-wide, so call it once per process.
func NewSealer(configDir string, fonts fs.FS) (*Sealer, error) {
	book, err := loadFonts(configDir, fonts)
	if err != nil {
		return nil, fmt.Errorf("new sealer: %w", err)
	}
	return &Sealer{fonts: book}, nil
}
