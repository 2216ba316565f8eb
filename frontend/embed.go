// Package frontend embeds the templates, styles, scripts and fonts of the
// portal, the desktop app and the emails, so each binary is self-contained.
package frontend

import (
	"embed"
	"io/fs"
)

//go:embed all:templates
var templates embed.FS

//go:embed all:templates/portal all:templates/site
var portalTemplates embed.FS

//go:embed all:static
var static embed.FS

//go:embed locales
var locales embed.FS

// Templates is the tree of HTML templates: portal/, site/, desktop/, email/.
func Templates() fs.FS { return mustSub(templates, "templates") }

// PortalTemplates holds only the server's page templates, portal/ and site/.
func PortalTemplates() fs.FS { return mustSub(portalTemplates, "templates") }

// Locales holds the message catalogues, <area>.<language>.json.
func Locales() fs.FS { return mustSub(locales, "locales") }

// Static is the tree of files served under /static/: css/, js/, img/, vendor/.
func Static() fs.FS { return mustSub(static, "static") }

func mustSub(f embed.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err)
	}
	return sub
}
