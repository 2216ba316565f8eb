package pdf

import (
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/font"

	"clientportal/server/internal/pdf/rtl"
)

// drawn is a line of text (logical order) as pdfcpu must be given it:
// Arabic shaped and every character in visual order, from the right in a
// right-to-left page.
func drawn(text string, rtlPage bool) string { return rtl.Line(text, rtlPage) }

// wrapLine breaks text (logical order) at spaces into lines no wider than
// width at size, each ready to draw; a word too wide alone (a run of CJK
// characters has no spaces) is cut between characters.
func (s *Sealer) wrapLine(text string, size, width float64, rtlPage bool) []string {
	if s.fits(text, size, width, rtlPage) {
		return []string{drawn(text, rtlPage)}
	}
	var out []string
	line := ""
	for _, w := range strings.Split(text, " ") {
		switch {
		case line == "":
			line = w
		case s.fits(line+" "+w, size, width, rtlPage):
			line += " " + w
		default:
			out, line = append(out, drawn(line, rtlPage)), w
		}
		for !s.fits(line, size, width, rtlPage) && len([]rune(line)) > 1 {
			r := []rune(line)
			n := len(r) - 1
			for n > 1 && !s.fits(string(r[:n]), size, width, rtlPage) {
				n--
			}
			out, line = append(out, drawn(string(r[:n]), rtlPage)), string(r[n:])
		}
	}
	if line != "" {
		out = append(out, drawn(line, rtlPage))
	}
	return out
}

// fits reports whether text, drawn in the font that covers it, is at most
// width wide at size.
func (s *Sealer) fits(text string, size, width float64, rtlPage bool) bool {
	d := drawn(text, rtlPage)
	w, err := font.TextWidthFloat(d, s.fonts.pick(d, textFonts), size)
	return err != nil || w <= width
}
