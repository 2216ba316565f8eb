package rtl

// Isolate marks s (a name, a number, an address) as a unit that keeps its
// own order inside text of the other direction, its direction set by its
// first strong letter (a first strong isolate, FSI … PDI): "2026-0007"
// after an Arabic word does not turn into "0007-2026".
func Isolate(s string) string { return "\u2068" + s + "\u2069" }

// isolate is the text inside an isolate and its paragraph level (0 left
// to right, 1 right to left, -1 set by its first strong letter).
type isolate struct {
	text string
	base int
}

// isolateBase is the level each isolate initiator (LRI, RLI, FSI) opens.
var isolateBase = map[rune]int{0x2066: 0, 0x2067: 1, 0x2068: -1}

// cutIsolates replaces each outermost isolate (LRI, RLI or FSI … PDI; a
// missing PDI closes at the end) by one placeholder from a private-use
// plane, and returns what each holds.
func cutIsolates(in []rune) ([]rune, map[rune]isolate) {
	out := make([]rune, 0, len(in))
	var isolates map[rune]isolate
	for i := 0; i < len(in); i++ {
		base, ok := isolateBase[in[i]]
		if !ok {
			out = append(out, in[i])
			continue
		}
		depth, j := 1, i+1
		for ; j < len(in); j++ {
			if _, opens := isolateBase[in[j]]; opens {
				depth++
			} else if in[j] == 0x2069 {
				if depth--; depth == 0 {
					break
				}
			}
		}
		if isolates == nil {
			isolates = map[rune]isolate{}
		}
		ph := rune(0xF0000 + len(isolates))
		isolates[ph] = isolate{text: string(in[i+1 : min(j, len(in))]), base: base}
		out = append(out, ph)
		i = j
	}
	return out, isolates
}
