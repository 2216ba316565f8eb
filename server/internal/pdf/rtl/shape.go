// Package rtl prepares right-to-left text for a PDF writer that draws glyph
// after glyph from left to right without shaping (pdfcpu): Shape gives each
// Arabic letter its contextual form (isolated, initial, medial, final, and
// the lam-alef ligatures) from the Unicode Arabic Presentation Forms, and
// Visual puts a line's characters in the order they appear on the page
// (the implicit rules of the Unicode Bidirectional Algorithm, UAX #9).
package rtl

// joining is how a letter joins its neighbours (Unicode ArabicShaping.txt).
type joining uint8

const (
	joinNone        joining = iota // U: joins neither side
	joinRight                      // R: joins the letter before it only
	joinDual                       // D: joins both sides
	joinCausing                    // C: tatweel, makes its neighbours join
	joinTransparent                // T: marks, skipped when joining
)

// letter is an Arabic letter's joining type and the first of its
// presentation forms, in the order isolated, final, initial, medial (dual
// joining letters have four, right joining ones two).
type letter struct {
	join  joining
	forms rune
}

var letters = map[rune]letter{
	0x0621: {joinNone, 0xFE80}, // hamza
	0x0622: {joinRight, 0xFE81},
	0x0623: {joinRight, 0xFE83},
	0x0624: {joinRight, 0xFE85},
	0x0625: {joinRight, 0xFE87},
	0x0626: {joinDual, 0xFE89},
	0x0627: {joinRight, 0xFE8D}, // alef
	0x0628: {joinDual, 0xFE8F},
	0x0629: {joinRight, 0xFE93}, // teh marbuta
	0x062A: {joinDual, 0xFE95},
	0x062B: {joinDual, 0xFE99},
	0x062C: {joinDual, 0xFE9D},
	0x062D: {joinDual, 0xFEA1},
	0x062E: {joinDual, 0xFEA5},
	0x062F: {joinRight, 0xFEA9}, // dal
	0x0630: {joinRight, 0xFEAB},
	0x0631: {joinRight, 0xFEAD}, // reh
	0x0632: {joinRight, 0xFEAF},
	0x0633: {joinDual, 0xFEB1},
	0x0634: {joinDual, 0xFEB5},
	0x0635: {joinDual, 0xFEB9},
	0x0636: {joinDual, 0xFEBD},
	0x0637: {joinDual, 0xFEC1},
	0x0638: {joinDual, 0xFEC5},
	0x0639: {joinDual, 0xFEC9},
	0x063A: {joinDual, 0xFECD},
	0x0640: {joinCausing, 0}, // tatweel
	0x0641: {joinDual, 0xFED1},
	0x0642: {joinDual, 0xFED5},
	0x0643: {joinDual, 0xFED9},
	0x0644: {joinDual, 0xFEDD}, // lam
	0x0645: {joinDual, 0xFEE1},
	0x0646: {joinDual, 0xFEE5},
	0x0647: {joinDual, 0xFEE9},
	0x0648: {joinRight, 0xFEED}, // waw
	0x0649: {joinRight, 0xFEEF}, // alef maksura
	0x064A: {joinDual, 0xFEF1},  // yeh
	0x067E: {joinDual, 0xFB56},  // peh
	0x0686: {joinDual, 0xFB7A},  // tcheh
	0x0698: {joinRight, 0xFB8A}, // jeh
	0x06A9: {joinDual, 0xFB8E},  // keheh
	0x06AF: {joinDual, 0xFB92},  // gaf
	0x06CC: {joinDual, 0xFBFC},  // farsi yeh
}

// lamAlef maps the alef that follows a lam to their ligature's isolated
// form; the final form is the next code point.
var lamAlef = map[rune]rune{0x0622: 0xFEF5, 0x0623: 0xFEF7, 0x0625: 0xFEF9, 0x0627: 0xFEFB}

const lam = 0x0644

func joiningOf(r rune) joining {
	if l, ok := letters[r]; ok {
		return l.join
	}
	if isMark(r) {
		return joinTransparent
	}
	return joinNone
}

// isMark reports the Arabic combining marks (harakat, Quranic marks), which
// letters join across.
func isMark(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670 || (r >= 0x06D6 && r <= 0x06DC) ||
		(r >= 0x06DF && r <= 0x06E4) || r == 0x06E7 || r == 0x06E8 || (r >= 0x06EA && r <= 0x06ED)
}

// joinsForward reports whether a letter of type j connects to the letter
// after it; joinsBackward, to the one before it.
func joinsForward(j joining) bool  { return j == joinDual || j == joinCausing }
func joinsBackward(j joining) bool { return j == joinDual || j == joinRight || j == joinCausing }

// Shape replaces every Arabic letter of s (in logical order) by its
// contextual presentation form and each lam followed by an alef by their
// ligature. Other characters, marks included, stay as they are.
func Shape(s string) string {
	in := []rune(s)
	out := make([]rune, 0, len(in))
	for i := 0; i < len(in); i++ {
		r := in[i]
		l, ok := letters[r]
		if !ok || l.forms == 0 {
			out = append(out, r)
			continue
		}
		back := i > 0 && joinsForward(joiningOf(neighbour(in, i, -1))) && joinsBackward(l.join)
		if r == lam {
			if j := next(in, i); j > 0 {
				if lig, ok := lamAlef[in[j]]; ok {
					if back {
						lig++
					}
					out = append(out, lig)
					out = append(out, in[i+1:j]...) // marks between the two stay
					i = j
					continue
				}
			}
		}
		forward := joinsForward(l.join) && joinsBackward(joiningOf(neighbour(in, i, 1)))
		out = append(out, l.forms+form(l.join, back, forward))
	}
	return string(out)
}

// form is the offset of a letter's presentation form from its isolated one.
func form(j joining, back, forward bool) rune {
	switch {
	case j == joinDual && back && forward:
		return 3 // medial
	case j == joinDual && forward:
		return 2 // initial
	case back:
		return 1 // final
	}
	return 0
}

// neighbour is the nearest character before (step -1) or after (step 1)
// position i that is not a transparent mark; 0 at either end.
func neighbour(in []rune, i, step int) rune {
	for j := i + step; j >= 0 && j < len(in); j += step {
		if !isMark(in[j]) {
			return in[j]
		}
	}
	return 0
}

// next is the position of the first character after i that is not a mark,
// or -1.
func next(in []rune, i int) int {
	for j := i + 1; j < len(in); j++ {
		if !isMark(in[j]) {
			return j
		}
	}
	return -1
}
