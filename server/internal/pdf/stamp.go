package pdf

import (
	"bytes"
	"fmt"
	"image"
	_ "image/png" // signature images are PNG

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/font"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// textFill is the share of a field's height that stamped text may take.
const textFill = 0.7

// fieldStamps are the watermarks for every field: text stamps keyed by
// page, and image stamps grouped so that a signature drawn at the same box
// on many pages embeds its image once.
type fieldStamps struct {
	text   map[int][]*model.Watermark
	images map[imageAt]types.IntSet
}

// imageAt is one signature image at one box.
type imageAt struct {
	box
	png string
}

// stamps returns the watermarks for every field.
func (s *Sealer) stamps(req *SealRequest, info Info) (fieldStamps, error) {
	st := fieldStamps{text: map[int][]*model.Watermark{}, images: map[imageAt]types.IntSet{}}
	for i, f := range req.Fields {
		if err := f.validate(info); err != nil {
			return st, fmt.Errorf("field %d: %w", i+1, err)
		}
		img := f.Image
		if len(img) == 0 && f.Text == "" {
			img = req.SignatureImage
		}
		if f.Kind == FieldSignature && len(img) > 0 {
			b := imageAt{f.points(info.Pages[f.Page-1]), string(img)}
			if st.images[b] == nil {
				st.images[b] = types.IntSet{}
			}
			st.images[b][f.Page] = true
			continue
		}
		wm, err := s.fieldStamp(req, f, info.Pages[f.Page-1])
		if err != nil {
			return st, fmt.Errorf("field %d (%s on page %d): %w", i+1, f.Kind, f.Page, err)
		}
		st.text[f.Page] = append(st.text[f.Page], wm)
	}
	return st, nil
}

// fieldStamp returns the watermark that fills one field.
func (s *Sealer) fieldStamp(req *SealRequest, f Field, p PageInfo) (*model.Watermark, error) {
	b := f.points(p)
	switch {
	case f.Kind == FieldSignature && f.Text != "":
		return s.textStamp(f.Text, scriptFonts, b)
	case f.Kind == FieldSignature:
		return s.textStamp(req.SignerName, scriptFonts, b)
	case f.Text != "":
		return s.textStamp(f.Text, textFonts, b)
	case f.Kind == FieldName:
		return s.textStamp(req.SignerName, textFonts, b)
	default:
		return s.textStamp(req.SignedAt.UTC().Format(dateLayout), textFonts, b)
	}
}

// dateLayout is how a date field shows the signing date.
const dateLayout = "2006-01-02"

// imageStamp scales the PNG to fit b, keeps its aspect and centres it.
func imageStamp(png []byte, b box) (*model.Watermark, error) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(png))
	if err != nil {
		return nil, fmt.Errorf("signature image: %w", err)
	}
	if cfg.Width == 0 || cfg.Height == 0 {
		return nil, fmt.Errorf("signature image is empty")
	}
	scale := min(b.w/float64(cfg.Width), b.h/float64(cfg.Height))
	w, h := float64(cfg.Width)*scale, float64(cfg.Height)*scale
	dx, dy := b.x+(b.w-w)/2, b.y+(b.h-h)/2
	desc := fmt.Sprintf("pos:tl, off:%.2f %.2f, scale:%.5f abs, rot:0, op:1", dx, -dy, scale)
	wm, err := api.ImageWatermarkForReader(bytes.NewReader(png), desc, true, false, types.POINTS)
	if err != nil {
		return nil, fmt.Errorf("image stamp: %w", err)
	}
	return wm, nil
}

// textStamp writes text in the first candidate font that covers it, as
// large as fits b, left-aligned and vertically centred.
func (s *Sealer) textStamp(text string, candidates []string, b box) (*model.Watermark, error) {
	text = plainText(text)
	if text == "" {
		return nil, fmt.Errorf("no text to stamp")
	}
	name := s.fonts.pick(text, candidates)
	size := fitFontSize(text, name, b)
	dy := b.y + (b.h-float64(size))/2
	desc := fmt.Sprintf("font:%s, points:%d, scale:1 abs, pos:tl, off:%.2f %.2f, rot:0, op:1, fillc:#0d1b4c, margins:0",
		name, size, b.x, -dy)
	wm, err := api.TextWatermark(text, desc, true, false, types.POINTS)
	if err != nil {
		return nil, fmt.Errorf("text stamp in %s: %w", name, err)
	}
	return wm, nil
}

// fitFontSize returns the largest size (at least 4 pt) at which text fits
// the box's width and textFill of its height.
func fitFontSize(text, fontName string, b box) int {
	size := max(4, int(b.h*textFill))
	for size > 4 {
		w, err := font.TextWidth(text, fontName, size)
		if err != nil || w <= b.w {
			break
		}
		size--
	}
	return size
}
