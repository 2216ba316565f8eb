package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Default upload limits.
const (
	DefaultMaxBytes = 25 << 20
	DefaultMaxPages = 500
)

// Limits caps what Intake accepts. Zero fields take the defaults.
type Limits struct {
	MaxBytes         int
	MaxPages         int
	MaxStreamDecoded int64 // what one stream may decode to
	MaxDecoded       int64 // what all streams together may decode to
}

func (l Limits) withDefaults() Limits {
	if l.MaxStreamDecoded <= 0 {
		l.MaxStreamDecoded = DefaultMaxStreamDecoded
	}
	if l.MaxDecoded <= 0 {
		l.MaxDecoded = DefaultMaxDecoded
	}
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxPages <= 0 {
		l.MaxPages = DefaultMaxPages
	}
	return l
}

// Info describes an accepted upload.
type Info struct {
	Pages []PageInfo
}

// PageCount is the number of pages.
func (i Info) PageCount() int { return len(i.Pages) }

// PageInfo is one page as a viewer shows it: the visible (crop) box size in
// points after the page's rotation, and that rotation (0, 90, 180 or 270).
type PageInfo struct {
	Width, Height float64
	Rotate        int
}

// Intake checks an upload before anything is stored and returns its pages.
// Every refusal is one of the Err* values of this package (a *Refusal);
// any other error is unexpected.
func Intake(data []byte, lim Limits) (info Info, err error) {
	defer func() {
		if r := recover(); r != nil { // a parser bug must not take the server down
			info, err = Info{}, ErrDamaged
		}
	}()
	lim = lim.withDefaults()
	if err := checkEnvelope(data, lim); err != nil {
		return Info{}, err
	}
	ctx, err := readChecked(data, lim)
	if err != nil {
		return Info{}, err
	}
	return pageInfo(ctx)
}

// checkEnvelope refuses on size and header alone, before parsing.
func checkEnvelope(data []byte, lim Limits) error {
	if len(data) > lim.MaxBytes {
		return &Refusal{ErrTooLarge.Code, fmt.Sprintf("This file is too large; the limit is %s.", sizeText(lim.MaxBytes))}
	}
	head := data[:min(len(data), 1024)]
	if !bytes.Contains(head, []byte("%PDF-")) {
		return ErrNotPDF
	}
	tail := data[max(0, len(data)-1024):]
	if !bytes.Contains(tail, []byte("%%EOF")) {
		return ErrDamaged // truncated: pdfcpu would otherwise rebuild what it can
	}
	if !startXRefHolds(data) {
		return ErrDamaged // the file needs repair to open (a cut file with %%EOF put back)
	}
	return nil
}

// startXRefPattern is the last startxref of a file and the offset it gives.
var startXRefPattern = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF`)

// xrefAt is what a cross-reference section starts with: a table, or the
// header of an object holding an xref stream.
var xrefAt = regexp.MustCompile(`^\s*(xref\s|\d+\s+\d+\s+obj\b)`)

// startXRefHolds reports whether the file's last startxref points at a
// cross-reference section inside the file, as an intact PDF's does.
func startXRefHolds(data []byte) bool {
	tail := data[max(0, len(data)-1024):]
	all := startXRefPattern.FindAllSubmatch(tail, -1)
	if len(all) == 0 {
		return false
	}
	off, err := strconv.ParseInt(string(all[len(all)-1][1]), 10, 64)
	if err != nil || off <= 0 || off >= int64(len(data)) {
		return false
	}
	return xrefAt.Match(data[off:min(int64(len(data)), off+64)])
}

// sizeText writes a byte count for people: "25 MB", "300 KB".
func sizeText(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", max(1, n>>10))
}

// readChecked parses data and applies the encryption, page and signature rules.
func readChecked(data []byte, lim Limits) (*model.Context, error) {
	ctx, err := api.ReadContext(bytes.NewReader(data), newConfig())
	if errors.Is(err, pdfcpu.ErrWrongPassword) {
		return nil, ErrEncrypted
	}
	if err != nil {
		return nil, ErrDamaged
	}
	if ctx.Encrypt != nil { // owner-password-only files open silently
		return nil, ErrEncrypted
	}
	if err := checkPageTreeCount(ctx, lim.MaxPages); err != nil {
		return nil, err
	}
	if err := checkExpansion(ctx, lim); err != nil {
		return nil, err
	}
	if hasActiveContent(ctx) {
		return nil, ErrActiveContent
	}
	if err := api.ValidateContext(ctx); err != nil {
		return nil, ErrDamaged
	}
	if hasSignature(ctx) {
		return nil, ErrAlreadySigned
	}
	if ctx.PageCount == 0 {
		return nil, ErrNoPages
	}
	return ctx, nil
}

// checkPageTreeCount reads /Count of the page tree root, which is known
// before the (slow) full validation counts the pages.
func checkPageTreeCount(ctx *model.Context, maxPages int) error {
	root, err := ctx.Catalog()
	if err != nil {
		return ErrDamaged
	}
	pages, err := ctx.DereferenceDict(root["Pages"])
	if err != nil || pages == nil {
		return ErrDamaged
	}
	count, err := ctx.DereferenceInteger(pages["Count"])
	if err != nil || count == nil {
		return ErrDamaged
	}
	if count.Value() > maxPages {
		return &Refusal{ErrTooManyPages.Code, fmt.Sprintf("This PDF has too many pages; the limit is %d pages.", maxPages)}
	}
	return nil
}

// hasSignature reports a digital signature anywhere: a signed form field,
// a signature annotation or a usage-rights signature.
func hasSignature(ctx *model.Context) bool {
	for _, inc := range ctx.Signatures {
		if len(inc) > 0 {
			return true
		}
	}
	return ctx.URSignature != nil
}

// pageInfo returns the visible size and rotation of every page.
func pageInfo(ctx *model.Context) (Info, error) {
	info := Info{Pages: make([]PageInfo, 0, ctx.PageCount)}
	for nr := 1; nr <= ctx.PageCount; nr++ {
		box, rot, err := visibleBox(ctx, nr)
		if err != nil {
			return Info{}, ErrDamaged
		}
		w, h := box.Width(), box.Height()
		if rot == 90 || rot == 270 {
			w, h = h, w
		}
		info.Pages = append(info.Pages, PageInfo{Width: w, Height: h, Rotate: rot})
	}
	return info, nil
}

// visibleBox returns a page's crop box (clipped to its media box) and its
// rotation normalised to 0, 90, 180 or 270.
func visibleBox(ctx *model.Context, pageNr int) (*types.Rectangle, int, error) {
	_, _, attrs, err := ctx.PageDict(pageNr, false)
	if err != nil {
		return nil, 0, fmt.Errorf("page %d: %w", pageNr, err)
	}
	if attrs == nil || attrs.MediaBox == nil {
		return nil, 0, fmt.Errorf("page %d: no media box", pageNr)
	}
	box := attrs.MediaBox
	if c := attrs.CropBox; c != nil {
		box = types.NewRectangle(
			math.Max(c.LL.X, box.LL.X), math.Max(c.LL.Y, box.LL.Y),
			math.Min(c.UR.X, box.UR.X), math.Min(c.UR.Y, box.UR.Y))
	}
	if box.Width() <= 0 || box.Height() <= 0 {
		return nil, 0, fmt.Errorf("page %d: empty visible box", pageNr)
	}
	return box, ((attrs.Rotate % 360) + 360) % 360, nil
}

// CheckAttachment checks a PDF that is passed on as it is (a lesson's or a
// message's attachment) with the rules that protect whoever opens it: size,
// a file that opens without repair, bounded expansion and no scripts,
// launch actions or embedded files. Every refusal is a *Refusal.
func CheckAttachment(data []byte, lim Limits) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = ErrDamaged
		}
	}()
	lim = lim.withDefaults()
	if err := checkEnvelope(data, lim); err != nil {
		return err
	}
	ctx, err := api.ReadContext(bytes.NewReader(data), newConfig())
	if errors.Is(err, pdfcpu.ErrWrongPassword) {
		return ErrEncrypted
	}
	if err != nil {
		return ErrDamaged
	}
	if err := checkExpansion(ctx, lim); err != nil {
		return err
	}
	if hasActiveContent(ctx) {
		return ErrActiveContent
	}
	return nil
}
