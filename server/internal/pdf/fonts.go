package pdf

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/font"
)

// PostScript names of the fonts the pipeline uses, best first. Helvetica is
// built in (Latin-1 only, nothing embedded); Roboto comes with pdfcpu
// (Latin, Greek, Cyrillic); DejaVu Sans has the Arabic Presentation Forms
// that shaped Arabic is drawn with (see package rtl); WenQuanYi Micro Hei
// covers CJK as well. pdfcpu embeds only the glyphs a PDF uses.
var (
	textFonts   = []string{"Helvetica", "Roboto-Regular", arabicFont, unicodeFont}
	scriptFonts = []string{"DancingScript-Regular", "Roboto-Regular", arabicFont, unicodeFont}
)

const (
	unicodeFont = "WenQuanYiMicroHei"
	arabicFont  = "DejaVuSans"
)

// installMu serialises pdfcpu's process-wide configuration and font setup.
var installMu sync.Mutex

// fontBook knows which runes each usable font covers.
type fontBook struct {
	covers map[string]map[uint32]uint16
}

// loadFonts points pdfcpu at configDir and installs every .ttf and .ttc
// file found in fonts (searched recursively).
func loadFonts(configDir string, fonts fs.FS) (*fontBook, error) {
	installMu.Lock()
	defer installMu.Unlock()
	if err := api.EnsureDefaultConfigAt(configDir); err != nil {
		return nil, fmt.Errorf("pdf config dir %s: %w", configDir, err)
	}
	if fonts != nil {
		if err := installFonts(configDir, fonts); err != nil {
			return nil, err
		}
	}
	return readCoverage()
}

// installFonts stages the font files of fonts in a temporary folder under
// configDir, installs them and removes the folder.
func installFonts(configDir string, fonts fs.FS) error {
	dir, err := os.MkdirTemp(configDir, "fonts-staging-")
	if err != nil {
		return fmt.Errorf("stage fonts: %w", err)
	}
	defer os.RemoveAll(dir)
	files, err := stageFontFiles(dir, fonts)
	if err != nil || len(files) == 0 {
		return err
	}
	if err := api.InstallFonts(files); err != nil {
		return fmt.Errorf("install fonts: %w", err)
	}
	return nil
}

// stageFontFiles copies the font files of fonts into dir, because pdfcpu
// installs from file names. A collection (.ttc) is staged as its first font,
// and every font without the tables a PDF does not need (slimFont).
func stageFontFiles(dir string, fonts fs.FS) ([]string, error) {
	var files []string
	err := fs.WalkDir(fonts, ".", func(p string, d fs.DirEntry, err error) error {
		ext := strings.ToLower(path.Ext(p))
		if err != nil || d.IsDir() || (ext != ".ttf" && ext != ".ttc") {
			return err
		}
		data, err := fs.ReadFile(fonts, p)
		if err == nil && ext == ".ttc" {
			data, err = firstFontOfCollection(data)
		}
		if err == nil {
			data, err = slimFont(data)
		}
		if err != nil {
			return fmt.Errorf("font %s: %w", p, err)
		}
		dst := filepath.Join(dir, strings.TrimSuffix(path.Base(p), path.Ext(p))+".ttf")
		files = append(files, dst)
		return os.WriteFile(dst, data, 0o600)
	})
	if err != nil {
		return nil, fmt.Errorf("stage fonts: %w", err)
	}
	return files, nil
}

// readCoverage loads the rune coverage of the fonts the pipeline uses and
// fails when the font that covers every script is missing.
func readCoverage() (*fontBook, error) {
	book := &fontBook{covers: map[string]map[uint32]uint16{}}
	for _, name := range []string{"Roboto-Regular", scriptFonts[0], arabicFont, unicodeFont} {
		ttf, ok, err := font.UserFont(name)
		if err != nil {
			return nil, fmt.Errorf("load font %s: %w", name, err)
		}
		if ok {
			book.covers[name] = ttf.Chars
		}
	}
	for _, name := range []string{unicodeFont, arabicFont} {
		if book.covers[name] == nil {
			return nil, fmt.Errorf("font %s is not installed: run scripts/fonts.sh", name)
		}
	}
	return book, nil
}

// pick returns the first font of candidates that has a glyph for every
// rune of s (spaces aside), or the last candidate when none has.
func (b *fontBook) pick(s string, candidates []string) string {
	for _, name := range candidates {
		if b.covering(name, s) {
			return name
		}
	}
	return candidates[len(candidates)-1]
}

func (b *fontBook) covering(name, s string) bool {
	if name == "Helvetica" {
		return isWinAnsi(s)
	}
	chars := b.covers[name]
	if chars == nil {
		return false
	}
	for _, r := range s {
		if _, ok := chars[uint32(r)]; !ok && r != ' ' {
			return false
		}
	}
	return true
}

// isWinAnsi reports whether the built-in fonts can show s: printable
// Latin-1 only, to stay clear of WinAnsi's differences below 0xA0.
func isWinAnsi(s string) bool {
	for _, r := range s {
		if r < 0x20 || (r > 0x7e && r < 0xa0) || r > 0xff {
			return false
		}
	}
	return true
}
