package rtl

import "golang.org/x/text/unicode/bidi"

// implicitLevels applies I1–I2, then L1: whitespace at the line's end goes
// back to the paragraph's level.
func implicitLevels(runes []rune, t []bidi.Class, base int) []int {
	levels := make([]int, len(t))
	for i, c := range t {
		levels[i] = base
		switch {
		case base%2 == 0 && c == bidi.R:
			levels[i] = base + 1
		case base%2 == 0 && (c == bidi.AN || c == bidi.EN):
			levels[i] = base + 2
		case base%2 == 1 && (c == bidi.L || c == bidi.AN || c == bidi.EN):
			levels[i] = base + 1
		}
	}
	for i := len(runes) - 1; i >= 0; i-- {
		p, _ := bidi.LookupRune(runes[i])
		if c := p.Class(); c != bidi.WS && c != bidi.S && !isControl(runes[i]) {
			break
		}
		levels[i] = base
	}
	return levels
}

type ordered struct {
	runes  []rune
	levels []int
}

// reorder applies L2: from the highest level down to the lowest odd one,
// every run at that level or higher is reversed.
func reorder(runes []rune, levels []int) ordered {
	out := ordered{runes: append([]rune(nil), runes...), levels: append([]int(nil), levels...)}
	high, low := 0, 1<<30
	for _, l := range levels {
		high = max(high, l)
		if l%2 == 1 {
			low = min(low, l)
		}
	}
	for lvl := high; lvl >= low; lvl-- {
		for i := 0; i < len(out.runes); {
			if out.levels[i] < lvl {
				i++
				continue
			}
			j := i
			for j < len(out.runes) && out.levels[j] >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				out.runes[a], out.runes[b] = out.runes[b], out.runes[a]
				out.levels[a], out.levels[b] = out.levels[b], out.levels[a]
			}
			i = j
		}
	}
	return out
}

// mirrored are the characters shown as their mirror image in right-to-left
// text, beyond the paired brackets the bidi tables know.
var mirrored = map[rune]rune{'<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹'}

func mirror(r rune) rune {
	if m, ok := mirrored[r]; ok {
		return m
	}
	if p, _ := bidi.LookupRune(r); p.IsBracket() {
		return []rune(bidi.ReverseString(string(r)))[0]
	}
	return r
}

// marksAfterBases applies L3: reversing a right-to-left run put each
// combining mark before the letter it sits on, while a writer that draws
// glyph after glyph needs it after (the font places it back over the letter).
func marksAfterBases(o ordered) {
	for i := 0; i < len(o.runes); i++ {
		if o.levels[i]%2 == 0 || !isMarkClass(o.runes[i]) {
			continue
		}
		j := i
		for j < len(o.runes) && o.levels[j]%2 == 1 && isMarkClass(o.runes[j]) {
			j++
		}
		if j < len(o.runes) && o.levels[j]%2 == 1 {
			base, level := o.runes[j], o.levels[j]
			copy(o.runes[i+1:j+1], o.runes[i:j])
			copy(o.levels[i+1:j+1], o.levels[i:j])
			o.runes[i], o.levels[i] = base, level
		}
		i = j
	}
}

func isMarkClass(r rune) bool {
	p, _ := bidi.LookupRune(r)
	return p.Class() == bidi.NSM
}
