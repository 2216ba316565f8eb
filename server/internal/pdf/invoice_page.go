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

// CreatePages makes a PDF of A4 pages from positioned lines (one slice per
// page). User text is made plain, and each line gets a font that covers
// all of its characters, so names in any script render.
func (s *Sealer) CreatePages(pages [][]TextLine) ([]byte, error) {
	spec := map[string]any{}
	out := map[string]any{}
	for i, lines := range pages {
		texts := make([]jsonAlignedText, 0, len(lines))
		for _, l := range lines {
			t := plainText(l.Text)
			if t == "" {
				continue
			}
			col := "#000000"
			if l.Grey {
				col = "#555555"
			}
			jt := jsonAlignedText{Value: t, Pos: [2]float64{l.X, l.Y}, Font: jsonFont{Name: s.fonts.pick(t, textFonts), Size: l.Size, Color: col}}
			if l.Right {
				jt.Align = "right"
			}
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
	return buf.Bytes(), nil
}
