package pdf

import (
	"errors"
	"fmt"
	"math"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// treePage is one page found by walking the page tree once: its dictionary
// and the attributes it has or inherits. pdfcpu's PageDict walks the tree
// from the root for every page asked, which a seal of hundreds of pages
// feels.
type treePage struct {
	dict      types.Dict
	resources types.Dict
	media     *types.Rectangle
	crop      *types.Rectangle
	rotate    int
}

// inherited are the page attributes a page tree node passes to its kids.
type inherited struct {
	resources   types.Dict
	media, crop *types.Rectangle
	rotate      int
}

// maxTreeDepth bounds the page tree's nesting.
const maxTreeDepth = 64

// pageTree returns every page of ctx in order.
func pageTree(ctx *model.Context) ([]treePage, error) {
	root, err := ctx.Pages()
	if err != nil || root == nil {
		return nil, errors.New("no page tree")
	}
	pages := make([]treePage, 0, ctx.PageCount)
	seen := map[int]bool{}
	if err := walkPages(ctx, *root, inherited{}, 0, seen, &pages); err != nil {
		return nil, err
	}
	if len(pages) != ctx.PageCount {
		return nil, fmt.Errorf("page tree holds %d pages, not %d", len(pages), ctx.PageCount)
	}
	return pages, nil
}

func walkPages(ctx *model.Context, ref types.IndirectRef, inh inherited, depth int, seen map[int]bool, pages *[]treePage) error {
	nr := ref.ObjectNumber.Value()
	if depth > maxTreeDepth || seen[nr] {
		return errors.New("page tree loops or is too deep")
	}
	seen[nr] = true
	d, err := ctx.DereferenceDict(ref)
	if err != nil || d == nil {
		return fmt.Errorf("page tree node %d: not a dictionary", nr)
	}
	if inh, err = inherit(ctx, d, inh); err != nil {
		return fmt.Errorf("page tree node %d: %w", nr, err)
	}
	kids, isNode := d.Find("Kids")
	if t := d.Type(); (t != nil && *t == "Page") || !isNode {
		*pages = append(*pages, treePage{dict: d, resources: inh.resources, media: inh.media, crop: inh.crop, rotate: inh.rotate})
		return nil
	}
	arr, err := ctx.DereferenceArray(kids)
	if err != nil {
		return fmt.Errorf("page tree node %d: kids: %w", nr, err)
	}
	for _, k := range arr {
		kr, ok := k.(types.IndirectRef)
		if !ok {
			return fmt.Errorf("page tree node %d: a kid is not a reference", nr)
		}
		if err := walkPages(ctx, kr, inh, depth+1, seen, pages); err != nil {
			return err
		}
	}
	return nil
}

// inherit returns inh overridden by the attributes d sets.
func inherit(ctx *model.Context, d types.Dict, inh inherited) (inherited, error) {
	if v, ok := d.Find("Resources"); ok && v != nil {
		res, err := ctx.DereferenceDict(v)
		if err != nil {
			return inh, fmt.Errorf("resources: %w", err)
		}
		inh.resources = res
	}
	for _, b := range []struct {
		key string
		to  **types.Rectangle
	}{{"MediaBox", &inh.media}, {"CropBox", &inh.crop}} {
		v, ok := d.Find(b.key)
		if !ok || v == nil {
			continue
		}
		a, err := ctx.DereferenceArray(v)
		if err != nil || len(a) != 4 {
			return inh, fmt.Errorf("%s is not a rectangle", b.key)
		}
		r, err := ctx.RectForArray(a)
		if err != nil {
			return inh, fmt.Errorf("%s: %w", b.key, err)
		}
		*b.to = r
	}
	if v, ok := d.Find("Rotate"); ok && v != nil {
		r, err := ctx.DereferenceInteger(v)
		if err != nil || r == nil {
			return inh, errors.New("rotate is not a number")
		}
		inh.rotate = r.Value()
	}
	return inh, nil
}

// visible returns the page's crop box clipped to its media box, and its
// rotation normalised to 0, 90, 180 or 270 (as visibleBox does).
func (p treePage) visible() (*types.Rectangle, int, error) {
	if p.media == nil {
		return nil, 0, errors.New("no media box")
	}
	box := p.media
	if c := p.crop; c != nil {
		box = types.NewRectangle(
			math.Max(c.LL.X, box.LL.X), math.Max(c.LL.Y, box.LL.Y),
			math.Min(c.UR.X, box.UR.X), math.Min(c.UR.Y, box.UR.Y))
	}
	if box.Width() <= 0 || box.Height() <= 0 {
		return nil, 0, errors.New("empty visible box")
	}
	return box, ((p.rotate % 360) + 360) % 360, nil
}

// treeInfo is pageInfo from pages.
func treeInfo(pages []treePage) (Info, error) {
	info := Info{Pages: make([]PageInfo, 0, len(pages))}
	for _, p := range pages {
		box, rot, err := p.visible()
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
