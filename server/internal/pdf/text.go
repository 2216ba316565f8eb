package pdf

import (
	"strings"
	"unicode"
)

// plainText makes user text safe for pdfcpu, which reads stamp and
// create-JSON text as markup: "%" starts a placeholder (so it is doubled,
// and a space keeps it apart from a following p, P, t or v, because pdfcpu
// has no escape for a literal "%p"), a backslash starts an escape and
// control characters break lines (both are dropped). Runs of spaces are
// collapsed and the ends trimmed.
func plainText(s string) string {
	var b strings.Builder
	space, percent := false, false
	for _, r := range s {
		switch {
		case r == '\\' || (unicode.IsControl(r) && !unicode.IsSpace(r)):
			continue
		case unicode.IsSpace(r):
			space, percent = b.Len() > 0, false
			continue
		case percent && strings.ContainsRune("pPtv", r):
			b.WriteByte(' ')
		}
		percent = r == '%'
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r == '%' {
			b.WriteByte('%')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// truncate shortens s to at most n runes, marking the cut with "…" .
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
