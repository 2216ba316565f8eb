package pdf

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf16"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
	"golang.org/x/text/unicode/norm"
)

// drawnRunes records, per font, the characters a generated PDF draws.
type drawnRunes map[string]map[rune]bool

func (d drawnRunes) add(font, text string) {
	if d[font] == nil {
		d[font] = map[rune]bool{}
	}
	for _, r := range text {
		d[font][r] = true
	}
}

// fixToUnicode gives every embedded subset font of ctx that drew runes a
// complete ToUnicode map, so that text extraction and search find what was
// written. pdfcpu's own map keeps only a font's first 100 glyphs (a page of
// Japanese has more), and names a glyph several characters share by the
// last of them (a CJK compatibility ideograph rather than the ideograph
// drawn). Arabic presentation forms map back to their letters, so the text
// reads as it was typed (but for the lam-alef ligatures, see extracted).
func (b *fontBook) fixToUnicode(ctx *model.Context, drawn drawnRunes) error {
	for _, e := range ctx.XRefTable.Table {
		d, ok := e.Object.(types.Dict)
		if !ok || d.Subtype() == nil || *d.Subtype() != "Type0" {
			continue
		}
		base, ref := d.NameEntry("BaseFont"), d.IndirectRefEntry("ToUnicode")
		if base == nil || ref == nil {
			continue
		}
		name := *base
		if i := strings.IndexByte(name, '+'); i >= 0 {
			name = name[i+1:]
		}
		if drawn[name] == nil || b.covers[name] == nil {
			continue
		}
		entry, ok := ctx.FindTableEntryForIndRef(ref)
		if !ok {
			continue
		}
		sd, ok := entry.Object.(types.StreamDict)
		if !ok {
			continue
		}
		sd.Content = toUnicodeCMap(b.covers[name], drawn[name])
		if err := sd.Encode(); err != nil {
			return fmt.Errorf("font %s: write its ToUnicode map: %w", name, err)
		}
		entry.Object = sd
	}
	return nil
}

// toUnicodeCMap is the CMap (PDF 32000 9.10.3) of the glyphs of runes.
func toUnicodeCMap(chars map[uint32]uint16, runes map[rune]bool) []byte {
	text := map[uint16]rune{}
	for r := range runes {
		gid, ok := chars[uint32(r)]
		if !ok || gid == 0 {
			continue
		}
		if old, seen := text[gid]; !seen || r < old {
			text[gid] = r
		}
	}
	gids := make([]uint16, 0, len(text))
	for g := range text {
		gids = append(gids, g)
	}
	slices.Sort(gids)
	var b strings.Builder
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for chunk := range slices.Chunk(gids, 100) {
		fmt.Fprintf(&b, "%d beginbfchar\n", len(chunk))
		for _, g := range chunk {
			fmt.Fprintf(&b, "<%04X> <", g)
			for _, u := range utf16.Encode([]rune(extracted(text[g]))) {
				fmt.Fprintf(&b, "%04X", u)
			}
			b.WriteString(">\n")
		}
		b.WriteString("endbfchar\n")
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
	return []byte(b.String())
}

// extracted is the text a drawn character stands for: an Arabic
// presentation form of one letter is that letter, anything else itself. A
// ligature stays one character (NFKC splits it): readers reorder a
// right-to-left run character by character, and would put the two letters
// of a longer mapping the wrong way round.
func extracted(r rune) string {
	if (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF) {
		if s := []rune(norm.NFKC.String(string(r))); len(s) == 1 {
			return string(s)
		}
	}
	return string(r)
}
