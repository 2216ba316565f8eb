package pdf

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"fmt"
	"sort"
	"strconv"
	"sync"

	pdffont "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/font"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Every field of a page is drawn by one content stream added to that page
// (the page's own content is wrapped in q … Q first, so its graphics state
// cannot leak into the fields). A signature image is embedded once per seal
// however many fields show it, and each font once.

// overlay collects the drawing of every stamped page of one document.
type overlay struct {
	ctx    *model.Context
	tree   []treePage
	fonts  map[string]types.IndirectRef // font name → font dictionary
	images map[string]placedImage       // PNG bytes → image XObject
	pages  map[int]*pageDrawing
}

// placedImage is an embedded image and its size in pixels.
type placedImage struct {
	ref  types.IndirectRef
	w, h int
}

// pageDrawing is what one page gets: its content and the resources it names.
type pageDrawing struct {
	content bytes.Buffer
	fonts   map[string]string            // font name → resource name
	images  map[types.IndirectRef]string // image → resource name
	res     types.Dict                   // the page's resources, extended
	frame   frame
}

func newOverlay(ctx *model.Context, tree []treePage) *overlay {
	return &overlay{ctx: ctx, tree: tree, fonts: map[string]types.IndirectRef{}, images: map[string]placedImage{}, pages: map[int]*pageDrawing{}}
}

// page returns the drawing of page nr, starting it on first use.
func (o *overlay) page(nr int) (*pageDrawing, error) {
	if p := o.pages[nr]; p != nil {
		return p, nil
	}
	tp := o.tree[nr-1]
	vis, rot, err := tp.visible()
	if err != nil {
		return nil, fmt.Errorf("page %d: %w", nr, err)
	}
	res := types.Dict{}
	for k, v := range tp.resources {
		res[k] = v
	}
	p := &pageDrawing{fonts: map[string]string{}, images: map[types.IndirectRef]string{}, res: res, frame: pageFrame(vis, rot)}
	fmt.Fprintf(&p.content, "q %s cm\n", p.frame.matrix)
	o.pages[nr] = p
	return p, nil
}

// frame places a page's visible area, upright as a viewer shows it with
// the origin at its bottom-left, in the page's own coordinates.
type frame struct {
	matrix        string // the cm operands
	width, height float64
}

// pageFrame returns the frame of visible box vis shown turned by rot
// degrees clockwise.
func pageFrame(vis *types.Rectangle, rot int) frame {
	x0, y0, x1, y1 := vis.LL.X, vis.LL.Y, vis.UR.X, vis.UR.Y
	switch rot {
	case 90:
		return frame{cm(0, 1, -1, 0, x1, y0), vis.Height(), vis.Width()}
	case 180:
		return frame{cm(-1, 0, 0, -1, x1, y1), vis.Width(), vis.Height()}
	case 270:
		return frame{cm(0, -1, 1, 0, x0, y1), vis.Height(), vis.Width()}
	default:
		return frame{cm(1, 0, 0, 1, x0, y0), vis.Width(), vis.Height()}
	}
}

func cm(a, b, c, d, e, f float64) string {
	return fmt.Sprintf("%s %s %s %s %s %s", num(a), num(b), num(c), num(d), num(e), num(f))
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// resourceName returns a name not yet used in category of the page's
// resources and enters ref under it.
func (o *overlay) resourceName(p *pageDrawing, category, prefix string, ref types.IndirectRef) (string, error) {
	sub := types.Dict{}
	if v, ok := p.res.Find(category); ok {
		d, err := o.ctx.DereferenceDict(v)
		if err != nil {
			return "", fmt.Errorf("page resources %s: %w", category, err)
		}
		for k, v := range d {
			sub[k] = v
		}
	}
	name := sub.NewIDForPrefix(prefix, 0)
	sub[name] = ref
	p.res[category] = sub
	return name, nil
}

// text draws one line as large as fits b (see fitFontSize), left-aligned
// and vertically centred, in font name.
func (o *overlay) text(nr int, text, name string, b box) error {
	p, err := o.page(nr)
	if err != nil {
		return err
	}
	key, ok := p.fonts[name]
	if !ok {
		ref, ok := o.fonts[name]
		if !ok {
			r, err := pdffont.EnsureFontDict(o.ctx.XRefTable, name, "", "", false, nil)
			if err != nil {
				return fmt.Errorf("font %s: %w", name, err)
			}
			ref, o.fonts[name] = *r, *r
		}
		if key, err = o.resourceName(p, "Font", "FSeal", ref); err != nil {
			return err
		}
		p.fonts[name] = key
	}
	size := fitFontSize(text, name, b)
	td := model.TextDescriptor{
		Text: text, FontName: name, FontKey: key, FontSize: float64(size), Embed: true,
		Scale: 1, ScaleAbs: true, FillCol: inkBlue, HAlign: types.AlignLeft, VAlign: types.AlignMiddle,
	}
	var line bytes.Buffer
	bb, err := model.WriteMultiLine(o.ctx.XRefTable, &line, types.RectForDim(p.frame.width, p.frame.height), nil, td)
	if err != nil {
		return fmt.Errorf("text in %s: %w", name, err)
	}
	top := p.frame.height - (b.y + (b.h-float64(size))/2)
	fmt.Fprintf(&p.content, "q 1 0 0 1 %.2f %.2f cm %s Q\n", b.x, top-bb.UR.Y, line.Bytes())
	return nil
}

// image draws a PNG scaled to fit b, keeping its aspect, centred.
func (o *overlay) image(nr int, png []byte, b box) error {
	p, err := o.page(nr)
	if err != nil {
		return err
	}
	img, ok := o.images[string(png)]
	if !ok {
		if img, err = o.embedImage(png); err != nil {
			return err
		}
		o.images[string(png)] = img
	}
	key, ok := p.images[img.ref]
	if !ok {
		if key, err = o.resourceName(p, "XObject", "ImSeal", img.ref); err != nil {
			return err
		}
		p.images[img.ref] = key
	}
	scale := min(b.w/float64(img.w), b.h/float64(img.h))
	w, h := float64(img.w)*scale, float64(img.h)*scale
	x, y := b.x+(b.w-w)/2, p.frame.height-(b.y+(b.h-h)/2)-h
	fmt.Fprintf(&p.content, "q %.4f 0 0 %.4f %.4f %.4f cm /%s Do Q\n", w, h, x, y, key)
	return nil
}

// embedImage adds a signature image: one ink colour through a soft mask of
// its opacity when it is one (see inkMask), else as pdfcpu reads it.
func (o *overlay) embedImage(png []byte) (placedImage, error) {
	m, ok := inkMask(png)
	if !ok {
		ref, w, h, err := model.CreateImageResource(o.ctx.XRefTable, bytes.NewReader(png))
		if err != nil {
			return placedImage{}, fmt.Errorf("signature image: %w", err)
		}
		return placedImage{*ref, w, h}, nil
	}
	if m.w == 0 || m.h == 0 {
		return placedImage{}, fmt.Errorf("signature image is empty")
	}
	smask, err := o.flateStream(types.Dict{
		"Type": types.Name("XObject"), "Subtype": types.Name("Image"),
		"Width": types.Integer(m.w), "Height": types.Integer(m.h),
		"ColorSpace": types.Name("DeviceGray"), "BitsPerComponent": types.Integer(8),
	}, m.alpha)
	if err != nil {
		return placedImage{}, err
	}
	// Every pixel is the ink: one palette entry, one bit a pixel, all zero.
	ink := types.NewHexLiteral([]byte{m.ink.R, m.ink.G, m.ink.B})
	base, err := o.flateStream(types.Dict{
		"Type": types.Name("XObject"), "Subtype": types.Name("Image"),
		"Width": types.Integer(m.w), "Height": types.Integer(m.h),
		"ColorSpace":       types.Array{types.Name("Indexed"), types.Name("DeviceRGB"), types.Integer(0), ink},
		"BitsPerComponent": types.Integer(1), "SMask": smask,
	}, make([]byte, (m.w+7)/8*m.h))
	if err != nil {
		return placedImage{}, err
	}
	return placedImage{base, m.w, m.h}, nil
}

// flateStream adds a stream of data, compressed.
func (o *overlay) flateStream(d types.Dict, data []byte) (types.IndirectRef, error) {
	raw := deflate(data)
	d["Filter"] = types.Name("FlateDecode")
	return o.stream(d, raw, []types.PDFFilter{{Name: "FlateDecode"}})
}

// stream adds a stream whose encoded bytes are raw.
func (o *overlay) stream(d types.Dict, raw []byte, filters []types.PDFFilter) (types.IndirectRef, error) {
	n := int64(len(raw))
	d["Length"] = types.Integer(n)
	sd := types.NewStreamDict(d, 0, &n, nil, filters)
	sd.Raw = raw
	if filters == nil {
		sd.Content = raw
	}
	ref, err := o.ctx.IndRefForNewObject(sd)
	if err != nil {
		return types.IndirectRef{}, fmt.Errorf("new stream: %w", err)
	}
	return *ref, nil
}

// finish adds each page's drawing after its content, and the glyphs drawn
// to the fonts.
func (o *overlay) finish() error {
	if len(o.pages) == 0 {
		return nil
	}
	open, err := o.stream(types.Dict{}, []byte("q\n"), nil)
	if err != nil {
		return err
	}
	nrs := make([]int, 0, len(o.pages))
	for nr := range o.pages {
		nrs = append(nrs, nr)
	}
	sort.Ints(nrs)
	for _, nr := range nrs {
		if err := o.finishPage(nr, o.pages[nr], open); err != nil {
			return fmt.Errorf("page %d: %w", nr, err)
		}
	}
	if err := pdffont.UpdateUserfonts(o.ctx.XRefTable, o.fonts); err != nil {
		return fmt.Errorf("fonts: %w", err)
	}
	o.ctx.EnsureVersionForWriting()
	return nil
}

// finishPage makes the page's contents [q, its own content…, Q + drawing].
func (o *overlay) finishPage(nr int, p *pageDrawing, open types.IndirectRef) error {
	d := o.tree[nr-1].dict
	own, err := o.contents(d)
	if err != nil {
		return err
	}
	var draw bytes.Buffer
	if len(own) > 0 {
		draw.WriteString("\nQ\n") // the page's last token may not end its stream
	}
	draw.Write(p.content.Bytes())
	draw.WriteString("Q\n")
	ref, err := o.stream(types.Dict{}, draw.Bytes(), nil)
	if err != nil {
		return err
	}
	arr := types.Array{}
	if len(own) > 0 {
		arr = append(append(arr, open), own...)
	}
	d["Contents"] = append(arr, ref)
	d["Resources"] = p.res
	return nil
}

// contents returns the page's content streams as references or streams.
func (o *overlay) contents(d types.Dict) (types.Array, error) {
	v, ok := d.Find("Contents")
	if !ok || v == nil {
		return nil, nil
	}
	if ref, ok := v.(types.IndirectRef); ok {
		obj, err := o.ctx.Dereference(ref)
		if err != nil {
			return nil, fmt.Errorf("contents: %w", err)
		}
		if a, ok := obj.(types.Array); ok {
			return a, nil
		}
		return types.Array{ref}, nil
	}
	if a, ok := v.(types.Array); ok {
		return a, nil
	}
	return types.Array{v}, nil
}

// zlibWriters are reused: each costs about a megabyte to set up.
var zlibWriters = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(nil, flate.BestSpeed)
	return w
}}

// deflate returns data zlib-compressed.
func deflate(data []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(data)/8 + 64)
	w := zlibWriters.Get().(*zlib.Writer)
	w.Reset(&out)
	_, _ = w.Write(data) // writing to a bytes.Buffer does not fail
	_ = w.Close()
	zlibWriters.Put(w)
	return out.Bytes()
}
