// Package fonts embeds the TrueType fonts the server draws PDFs with:
// Dancing Script for typed signatures and, once scripts/fonts.sh has fetched
// them into vendor/ (from the Debian packages fonts-wqy-microhei and
// fonts-dejavu-core), WenQuanYi Micro Hei for Japanese and Chinese and
// DejaVu Sans for Arabic. The binary needs no font on the machine it runs on;
// each PDF embeds only the glyphs it draws.
package fonts

import (
	"embed"
	"io/fs"
)

//go:embed *
var files embed.FS

// FS is the tree of font files (the .ttf here and vendor/ when present).
func FS() fs.FS { return files }
