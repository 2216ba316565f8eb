package pdf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/pdfcpu/pdfcpu/pkg/api"
)

// TextLine is one line of a generated A4 page: plain text at a position in
// points from the page's top-left corner, optionally right-aligned at X.
type TextLine struct {
	Text  string
	X, Y  float64
	Size  float64
	Right bool
	Grey  bool
}

type jsonAlignedText struct {
	Value string     `json:"value"`
	Pos   [2]float64 `json:"pos"`
	Align string     `json:"align,omitempty"`
	Font  jsonFont   `json:"font"`
}

// a4Width is the width of an A4 page in points.
const a4Width = 595.0

// CreatePages makes a PDF of A4 pages from positioned lines (one slice per
// page). User text is made plain, Arabic is shaped and put in visual
// order, and each line gets a font that covers all of its characters, so
// names in any script render.
func (s *Sealer) CreatePages(pages [][]TextLine) ([]byte, error) { return s.createPages(pages, false) }

// CreateRightToLeftPages is CreatePages for a right-to-left language: the
// layout is mirrored (each X is measured from the page's right edge, and
// right-aligned lines become left-aligned and the other way round) and
// every line reads from the right.
func (s *Sealer) CreateRightToLeftPages(pages [][]TextLine) ([]byte, error) {
	return s.createPages(pages, true)
}

func (s *Sealer) createPages(pages [][]TextLine, rtlPage bool) ([]byte, error) {
	spec, out, used := map[string]any{}, map[string]any{}, drawnRunes{}
	for i, lines := range pages {
		texts := make([]jsonAlignedText, 0, len(lines))
		for _, l := range lines {
			t := drawn(plainText(l.Text), rtlPage)
			if t == "" {
				continue
			}
			col := "#000000"
			if l.Grey {
				col = "#555555"
			}
			if rtlPage {
				l.X, l.Right = a4Width-l.X, !l.Right
			}
			jt := jsonAlignedText{Value: t, Pos: [2]float64{l.X, l.Y}, Font: jsonFont{Name: s.fonts.pick(t, textFonts), Size: l.Size, Color: col}}
			if l.Right {
				jt.Align = "right"
			}
			used.add(jt.Font.Name, t)
			texts = append(texts, jt)
		}
		out[strconv.Itoa(i+1)] = map[string]any{"content": map[string]any{"text": texts}}
	}
	spec["paper"], spec["origin"], spec["pages"] = "A4P", "UpperLeft", out
	b, err := json.Marshal(spec)
	if err != nil {
		return nil, fmt.Errorf("page layout: %w", err)
	}
	var buf bytes.Buffer
	if err := api.Create(nil, bytes.NewReader(b), &buf, newConfig()); err != nil {
		return nil, fmt.Errorf("create pages: %w", err)
	}
	ctx, err := api.ReadAndValidate(bytes.NewReader(buf.Bytes()), newConfig())
	if err != nil {
		return nil, fmt.Errorf("read created pages: %w", err)
	}
	if err := s.fonts.fixToUnicode(ctx, used); err != nil {
		return nil, fmt.Errorf("create pages: %w", err)
	}
	var final bytes.Buffer
	if err := api.Write(ctx, &final, newConfig()); err != nil {
		return nil, fmt.Errorf("write pages: %w", err)
	}
	return final.Bytes(), nil
}
