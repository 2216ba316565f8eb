package rtl

import (
	"slices"

	"golang.org/x/text/unicode/bidi"
)

// maxBracketDepth is how many brackets may be open at once (BD16).
const maxBracketDepth = 63

type bracketPair struct{ open, close int }

// bracketPairs finds the paired brackets of a line (BD16), in the order of
// their opening brackets.
func bracketPairs(runes []rune, t []bidi.Class) []bracketPair {
	type opened struct {
		closer rune
		at     int
	}
	var stack []opened
	var pairs []bracketPair
	for i, r := range runes {
		p, _ := bidi.LookupRune(r)
		if t[i] != bidi.ON || !p.IsBracket() {
			continue
		}
		if p.IsOpeningBracket() {
			if len(stack) == maxBracketDepth {
				break
			}
			stack = append(stack, opened{mirror(r), i})
			continue
		}
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].closer == r {
				pairs = append(pairs, bracketPair{stack[k].at, i})
				stack = stack[:k]
				break
			}
		}
	}
	slices.SortFunc(pairs, func(a, b bracketPair) int { return a.open - b.open })
	return pairs
}

// resolveBrackets applies N0: a bracket pair holding a letter of the
// paragraph's direction takes it; one holding only the other direction
// takes that when the text before the pair has it too.
func resolveBrackets(runes []rune, t []bidi.Class, base int) {
	e := direction(base)
	for _, pr := range bracketPairs(runes, t) {
		inside := bidi.ON
		for k := pr.open + 1; k < pr.close && inside != e; k++ {
			if s := strongOf(t[k]); s == bidi.L || s == bidi.R {
				inside = s
			}
		}
		if inside == bidi.ON {
			continue
		}
		if inside != e {
			before := e
			for k := pr.open - 1; k >= 0; k-- {
				if s := strongOf(t[k]); s == bidi.L || s == bidi.R {
					before = s
					break
				}
			}
			if before != inside {
				inside = e
			}
		}
		t[pr.open], t[pr.close] = inside, inside
	}
}
