package pdf

import (
	"errors"
	"fmt"
	"math"
)

// FieldKind is what a field receives when the document is sealed.
type FieldKind string

// The field kinds.
const (
	FieldSignature FieldKind = "signature" // the drawn signature, or the typed name in a script font
	FieldName      FieldKind = "name"      // the signer's name
	FieldDate      FieldKind = "date"      // the signing date
)

// Field is a box on a page, in fractions of the visible page as a viewer
// shows it (after rotation and crop), measured from its top-left corner.
type Field struct {
	Kind       FieldKind
	Page       int // 1-based
	X, Y, W, H float64
	// Text and Image fill the field with one signer's own name, date or
	// signature; when both are empty the request's signer fills it.
	Text  string
	Image []byte
}

// ErrBadField is returned for a field outside the document or the page.
var ErrBadField = errors.New("field outside the document")

// validate checks f against a document of info's pages.
func (f Field) validate(info Info) error {
	switch f.Kind {
	case FieldSignature, FieldName, FieldDate:
	default:
		return fmt.Errorf("%w: unknown kind %q", ErrBadField, f.Kind)
	}
	if f.Page < 1 || f.Page > info.PageCount() {
		return fmt.Errorf("%w: page %d of %d", ErrBadField, f.Page, info.PageCount())
	}
	ok := inUnit(f.X) && inUnit(f.Y) && f.W > 0 && f.H > 0 &&
		f.X+f.W <= 1.0001 && f.Y+f.H <= 1.0001
	if !ok {
		return fmt.Errorf("%w: box %.3f,%.3f %.3fx%.3f is not inside the page", ErrBadField, f.X, f.Y, f.W, f.H)
	}
	return nil
}

func inUnit(v float64) bool { return !math.IsNaN(v) && v >= 0 && v <= 1 }

// box is a field's box in points on its visible page: x from the left,
// y from the top.
type box struct{ x, y, w, h float64 }

func (f Field) points(p PageInfo) box {
	return box{f.X * p.Width, f.Y * p.Height, f.W * p.Width, f.H * p.Height}
}
