package pdf

import (
	"sync"
	"time"
	_ "time/tzdata" // zone names work on a machine without a zone database

	"clientportal/frontend"
	"clientportal/server/internal/i18n"
)

// UseCatalog sets the message catalogue the certificate's words come
// from. Call it before sharing the sealer; without one the sealer reads the
// catalogues embedded in the frontend.
func (s *Sealer) UseCatalog(c *i18n.Catalog) { s.catalog = c }

// Localizer speaks the language code (an i18n code; unknown or empty is
// English) with the sealer's catalogue, for pages a caller lays out.
func (s *Sealer) Localizer(code string) *i18n.Localizer {
	if s.catalog != nil {
		return s.catalog.For(code)
	}
	c, err := embeddedCatalog()
	if err != nil {
		panic("pdf: the embedded message catalogues do not load: " + err.Error())
	}
	return c.For(code)
}

var embeddedCatalog = sync.OnceValues(func() (*i18n.Catalog, error) { return i18n.Load(frontend.Locales()) })

// ClientLanguage is the language a client's PDFs speak: the client's own
// choice, else the workspace's, else English.
func ClientLanguage(contact, workspace string) string {
	for _, code := range []string{contact, workspace} {
		if l, ok := i18n.Lookup(code); ok {
			return l.Code
		}
	}
	return i18n.Default
}

// ClientZone is the time zone a client's PDFs show times in: the zone their
// browser reported, else the workspace's, else UTC. An unknown name is
// skipped.
func ClientZone(contact, workspace string) *time.Location {
	for _, name := range []string{contact, workspace} {
		if name == "" || name == "Local" {
			continue
		}
		if loc, err := time.LoadLocation(name); err == nil {
			return loc
		}
	}
	return time.UTC
}
