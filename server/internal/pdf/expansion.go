package pdf

import (
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/filter"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Default expansion limits: what one stream, and the whole file, may
// decode to. A small upload whose streams inflate to gigabytes (a
// decompression bomb) is refused before anything is stored, and pdfcpu
// refuses any stream over the per-stream limit in every later step.
const (
	DefaultMaxStreamDecoded = 64 << 20
	DefaultMaxDecoded       = 256 << 20
)

// imageCodecs are filters whose output is pixels: their size is bounded
// from the image's dimensions instead of by decoding.
var imageCodecs = map[string]bool{filter.DCT: true, filter.JPX: true, filter.JBIG2: true, filter.CCITTFax: true}

// checkExpansion decodes every stream of the file, each under the
// per-stream limit, and sums the decoded sizes against the file's limit.
// Decoded bytes are dropped as it goes, so memory stays within one stream.
func checkExpansion(ctx *model.Context, lim Limits) error {
	var total int64
	for _, e := range ctx.XRefTable.Table {
		if e == nil || e.Free || e.Object == nil {
			continue
		}
		sd, ok := e.Object.(types.StreamDict)
		if !ok {
			continue
		}
		n, err := decodedSize(sd, lim.MaxStreamDecoded)
		if err != nil {
			return expandsTooMuch(lim.MaxStreamDecoded)
		}
		if total += n; total > lim.MaxDecoded {
			return expandsTooMuch(lim.MaxDecoded)
		}
	}
	return nil
}

// decodedSize is how many bytes a stream decodes to, or an error when it
// would pass limit (or cannot be decoded at all).
func decodedSize(sd types.StreamDict, limit int64) (int64, error) {
	for _, f := range sd.FilterPipeline {
		if imageCodecs[f.Name] {
			return imageSize(sd, limit)
		}
	}
	if len(sd.FilterPipeline) == 0 {
		return int64(len(sd.Raw)), nil
	}
	data, err := sd.DecodeLengthWithLimit(-1, limit)
	if err != nil {
		return 0, err
	}
	return int64(len(data)), nil
}

// imageSize bounds an encoded image by its pixels: width × height × 4 bytes.
func imageSize(sd types.StreamDict, limit int64) (int64, error) {
	w, h := sd.IntEntry("Width"), sd.IntEntry("Height")
	if w == nil || h == nil || *w <= 0 || *h <= 0 {
		return int64(len(sd.Raw)), nil // not an image XObject: left as it is
	}
	n := int64(*w) * int64(*h) * 4
	if n > limit {
		return 0, fmt.Errorf("image of %d×%d pixels", *w, *h)
	}
	return n, nil
}

// expandsTooMuch is the refusal of a file whose streams decode past limit.
func expandsTooMuch(limit int64) *Refusal {
	return &Refusal{ErrExpands.Code, fmt.Sprintf("This PDF expands to more than %s when opened, which is more than a document needs; save it again (or print it to PDF) and upload it again.", sizeText(int(limit)))}
}
