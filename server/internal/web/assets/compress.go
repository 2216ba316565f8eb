package assets

import (
	"bytes"
	"compress/gzip"

	"github.com/andybalholm/brotli"
)

// minCompress is the size below which compression is not worth a header.
const minCompress = 512

// compressed returns the brotli and gzip forms of a text file, made on
// first use; a form that is not smaller than the file is nil.
func (f *file) compressed() (br, gz []byte) {
	f.once.Do(func() {
		if !isText(f.contentType) || len(f.body) < minCompress {
			return
		}
		var b bytes.Buffer
		w := brotli.NewWriterLevel(&b, 6)
		if _, err := w.Write(f.body); err == nil && w.Close() == nil && b.Len() < len(f.body) {
			f.br = bytes.Clone(b.Bytes())
		}
		b.Reset()
		g, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		if _, err := g.Write(f.body); err == nil && g.Close() == nil && b.Len() < len(f.body) {
			f.gzip = bytes.Clone(b.Bytes())
		}
	})
	return f.br, f.gzip
}
