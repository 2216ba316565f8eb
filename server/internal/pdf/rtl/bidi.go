package rtl

import (
	"strings"

	"golang.org/x/text/unicode/bidi"
)

// Has reports whether s holds a right-to-left letter (Hebrew, Arabic, …).
func Has(s string) bool {
	for _, r := range s {
		if c := classOf(r); c == bidi.R || c == bidi.AL {
			return true
		}
	}
	return false
}

// Line is a line of text as a left-to-right writer must draw it: Arabic
// letters shaped, then every character in visual order. A right-to-left
// paragraph (rtl) reads from the right, so its first words end up last;
// otherwise the line's first strong letter sets its direction. Text with
// nothing right to left comes back unchanged.
func Line(s string, rtl bool) string {
	if !Has(s) {
		return strings.Map(dropControl, s)
	}
	return Visual(Shape(s), rtl)
}

func dropControl(r rune) rune {
	if isControl(r) {
		return -1
	}
	return r
}

// Visual reorders one line from logical to visual order, left to right:
// the implicit rules of the Unicode Bidirectional Algorithm (W1–W7, N1–N2,
// N0's paired brackets, I1–I2, L1–L2, and L4's mirrored brackets), with isolates
// (LRI, RLI, FSI … PDI, see Isolate) kept whole. Explicit embeddings are not
// supported: their control characters, like the marks (LRM, RLM, ALM), are
// dropped after they have been used as directions.
func Visual(s string, rtl bool) string {
	if rtl {
		return visual(s, 1)
	}
	return visual(s, -1)
}

// visual is Visual at the paragraph level base: 0 left to right, 1 right
// to left, -1 set by the first strong letter (none: left to right).
func visual(s string, base int) string {
	runes, isolates := cutIsolates([]rune(s))
	if len(runes) == 0 {
		return ""
	}
	types := make([]bidi.Class, len(runes))
	for i, r := range runes {
		types[i] = classOf(r)
		if _, ok := isolates[r]; ok {
			types[i] = bidi.ON // an isolate is a neutral to the text around it
		}
	}
	if base < 0 {
		base = 0
		if fs := firstStrong(types); fs == bidi.R || fs == bidi.AL {
			base = 1
		}
	}
	resolveWeak(types, base)
	resolveBrackets(runes, types, base)
	resolveNeutral(types, base)
	levels := implicitLevels(runes, types, base)
	out := reorder(runes, levels)
	marksAfterBases(out)
	var b strings.Builder
	for i, r := range out.runes {
		if inner, ok := isolates[r]; ok {
			b.WriteString(visual(inner.text, inner.base))
			continue
		}
		if isControl(r) {
			continue
		}
		if out.levels[i]%2 == 1 {
			r = mirror(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func classOf(r rune) bidi.Class {
	p, _ := bidi.LookupRune(r)
	c := p.Class()
	switch {
	case r == 0x200E: // LRM
		return bidi.L
	case r == 0x200F: // RLM
		return bidi.R
	case r == 0x061C: // ALM
		return bidi.AL
	case c >= bidi.Control:
		return bidi.BN
	}
	return c
}

// isControl reports the directional marks and controls, which have no glyph.
func isControl(r rune) bool {
	return r == 0x200E || r == 0x200F || r == 0x061C || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// firstStrong is the class of the first strong letter (L, R or AL), or ON
// when there is none.
func firstStrong(types []bidi.Class) bidi.Class {
	for _, t := range types {
		if t == bidi.L || t == bidi.R || t == bidi.AL {
			return t
		}
	}
	return bidi.ON
}

func direction(level int) bidi.Class {
	if level%2 == 1 {
		return bidi.R
	}
	return bidi.L
}

// resolveWeak applies rules W1–W7 to the line (one level run, with the
// paragraph's direction at both ends). Boundary neutrals (BN) are treated
// as if absent, as rule X9 removes them.
func resolveWeak(t []bidi.Class, base int) {
	sos := direction(base)
	resolveMarksAndArabicNumbers(t, sos)
	resolveSeparators(t)
	resolveTerminators(t)
	for i := range t { // W6
		if t[i] == bidi.ES || t[i] == bidi.ET || t[i] == bidi.CS {
			t[i] = bidi.ON
		}
	}
	strong := sos
	for i := range t { // W7: European numbers after left-to-right text are left to right
		switch t[i] {
		case bidi.L, bidi.R:
			strong = t[i]
		case bidi.EN:
			if strong == bidi.L {
				t[i] = bidi.L
			}
		}
	}
}

// resolveMarksAndArabicNumbers applies W1 (a mark takes the class of what
// precedes it), W2 (European digits after an Arabic letter are Arabic
// numbers) and W3 (Arabic letters are right to left).
func resolveMarksAndArabicNumbers(t []bidi.Class, sos bidi.Class) {
	prev := sos
	for i := range t {
		switch t[i] {
		case bidi.NSM:
			t[i] = prev
		case bidi.BN:
		default:
			prev = t[i]
		}
	}
	strong := sos
	for i := range t {
		switch t[i] {
		case bidi.L, bidi.R, bidi.AL:
			strong = t[i]
		case bidi.EN:
			if strong == bidi.AL {
				t[i] = bidi.AN
			}
		}
		if t[i] == bidi.AL {
			t[i] = bidi.R
		}
	}
}

// resolveSeparators applies W4: one separator between two numbers of a
// kind joins them.
func resolveSeparators(t []bidi.Class) {
	for i := 1; i+1 < len(t); i++ {
		a, b := t[i-1], t[i+1]
		switch {
		case (t[i] == bidi.ES || t[i] == bidi.CS) && a == bidi.EN && b == bidi.EN:
			t[i] = bidi.EN
		case t[i] == bidi.CS && a == bidi.AN && b == bidi.AN:
			t[i] = bidi.AN
		}
	}
}

// resolveTerminators applies W5: terminators (%, €, #) next to a European
// number join it.
func resolveTerminators(t []bidi.Class) {
	for i := 0; i < len(t); {
		if t[i] != bidi.ET {
			i++
			continue
		}
		j := i
		for j < len(t) && (t[j] == bidi.ET || t[j] == bidi.BN) {
			j++
		}
		if (i > 0 && t[i-1] == bidi.EN) || (j < len(t) && t[j] == bidi.EN) {
			for k := i; k < j; k++ {
				t[k] = bidi.EN
			}
		}
		i = j
	}
}

func isNeutral(c bidi.Class) bool {
	return c == bidi.B || c == bidi.S || c == bidi.WS || c == bidi.ON || c == bidi.BN
}

// strongOf is a resolved class as rules N1–N2 see it: numbers count as
// right to left.
func strongOf(c bidi.Class) bidi.Class {
	if c == bidi.EN || c == bidi.AN {
		return bidi.R
	}
	return c
}

// resolveNeutral applies N1–N2: a run of neutrals between letters of one
// direction takes it; otherwise it takes the paragraph's.
func resolveNeutral(t []bidi.Class, base int) {
	sos := direction(base)
	for i := 0; i < len(t); {
		if !isNeutral(t[i]) {
			i++
			continue
		}
		j := i
		for j < len(t) && isNeutral(t[j]) {
			j++
		}
		before, after := sos, sos
		if i > 0 {
			before = strongOf(t[i-1])
		}
		if j < len(t) {
			after = strongOf(t[j])
		}
		dir := sos
		if before == after {
			dir = before
		}
		for k := i; k < j; k++ {
			t[k] = dir
		}
		i = j
	}
}
