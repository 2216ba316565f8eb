package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// firstFontOfCollection returns the first font of a TrueType collection
// (.ttc) as a standalone .ttf file. pdfcpu fails on some collections whose
// later members share tables, while their first member alone installs fine.
func firstFontOfCollection(ttc []byte) ([]byte, error) {
	if len(ttc) < 16 || string(ttc[:4]) != "ttcf" {
		return nil, errors.New("not a TrueType collection")
	}
	if binary.BigEndian.Uint32(ttc[8:]) == 0 {
		return nil, errors.New("empty TrueType collection")
	}
	off := int(binary.BigEndian.Uint32(ttc[12:]))
	if off+12 > len(ttc) {
		return nil, errors.New("collection member outside the file")
	}
	n := int(binary.BigEndian.Uint16(ttc[off+4:]))
	if off+12+16*n > len(ttc) {
		return nil, errors.New("table directory outside the file")
	}
	return rebuildFont(ttc, ttc[off:off+12+16*n], n)
}

// rebuildFont writes a font file holding the directory dir (header and n
// table records, offsets into src) and the tables it points to.
func rebuildFont(src, dir []byte, n int) ([]byte, error) {
	out := append([]byte(nil), dir...)
	for i := range n {
		rec := out[12+16*i:]
		start := int(binary.BigEndian.Uint32(rec[8:]))
		size := int(binary.BigEndian.Uint32(rec[12:]))
		if start < 0 || size < 0 || start+size > len(src) {
			return nil, fmt.Errorf("table %q outside the file", rec[:4])
		}
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		out = append(out, src[start:start+size]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out, nil
}
