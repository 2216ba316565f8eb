// Package fonts embeds the TrueType fonts the server draws signed PDFs with:
// Dancing Script for typed signatures and, once scripts/fonts.sh has fetched
// it into vendor/, WenQuanYi Micro Hei for every other script.
package fonts

import (
	"embed"
	"io/fs"
)

//go:embed *
var files embed.FS

// FS is the tree of font files (the .ttf here and vendor/ when present).
func FS() fs.FS { return files }
