package pdf

import (
	"fmt"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/font"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/color"

	"clientportal/server/internal/pdf/rtl"
)

// textFill is the share of a field's height that stamped text may take.
const textFill = 0.7

// inkBlue is the colour of stamped text.
var inkBlue = color.SimpleColor{R: 0x0d / 255.0, G: 0x1b / 255.0, B: 0x4c / 255.0}

// drawFields draws every field onto its page's overlay.
func (s *Sealer) drawFields(o *overlay, req *SealRequest, info Info) error {
	for i, f := range req.Fields {
		if err := f.validate(info); err != nil {
			return fmt.Errorf("field %d: %w", i+1, err)
		}
		b := f.points(info.Pages[f.Page-1])
		img := f.Image
		if len(img) == 0 && f.Text == "" {
			img = req.SignatureImage
		}
		if f.Kind == FieldSignature && len(img) > 0 {
			if err := o.image(f.Page, img, b); err != nil {
				return fmt.Errorf("field %d (signature on page %d): %w", i+1, f.Page, err)
			}
			continue
		}
		text, fonts := s.fieldText(req, f)
		if err := s.drawText(o, f.Page, text, fonts, b); err != nil {
			return fmt.Errorf("field %d (%s on page %d): %w", i+1, f.Kind, f.Page, err)
		}
	}
	return nil
}

// fieldText returns what fills a text field and the fonts it may take.
func (s *Sealer) fieldText(req *SealRequest, f Field) (string, []string) {
	switch {
	case f.Kind == FieldSignature && f.Text != "":
		return f.Text, scriptFonts
	case f.Kind == FieldSignature:
		return req.SignerName, scriptFonts
	case f.Text != "":
		return f.Text, textFonts
	case f.Kind == FieldName:
		return req.SignerName, textFonts
	default:
		return req.SignedAt.In(zoneOrUTC(req.Zone)).Format(dateLayout), textFonts
	}
}

func zoneOrUTC(loc *time.Location) *time.Location {
	if loc == nil {
		return time.UTC
	}
	return loc
}

// dateLayout is how a date field shows the signing date, on the day it
// was in the signer's zone.
const dateLayout = "2006-01-02"

// drawText writes text in the first candidate font that covers it, as
// large as fits b, left-aligned and vertically centred.
func (s *Sealer) drawText(o *overlay, page int, text string, candidates []string, b box) error {
	text = rtl.Line(plainText(text), false)
	if text == "" {
		return fmt.Errorf("no text to stamp")
	}
	return o.text(page, text, s.fonts.pick(text, candidates), b)
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
