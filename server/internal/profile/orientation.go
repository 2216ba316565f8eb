package profile

import (
	"bytes"
	"encoding/binary"
	"image"
)

// jpegOrientation reads the EXIF orientation (1–8) of a JPEG, 1 when it has
// none. Phones store photos sideways and set this tag; since re-encoding
// drops all metadata, the thumbnail must be turned upright instead.
func jpegOrientation(b []byte) int {
	for off := 2; off+4 <= len(b) && b[off] == 0xff; {
		m := b[off+1]
		n := int(binary.BigEndian.Uint16(b[off+2 : off+4]))
		if m == 0xda || n < 2 || off+2+n > len(b) {
			return 1
		}
		seg := b[off+4 : off+2+n]
		if m == 0xe1 && bytes.HasPrefix(seg, []byte("Exif\x00\x00")) {
			return tiffOrientation(seg[6:])
		}
		off += 2 + n
	}
	return 1
}

// tiffOrientation finds tag 0x0112 in IFD0 of a TIFF header.
func tiffOrientation(t []byte) int {
	if len(t) < 8 {
		return 1
	}
	var bo binary.ByteOrder = binary.BigEndian
	if string(t[:2]) == "II" {
		bo = binary.LittleEndian
	}
	ifd := int(bo.Uint32(t[4:8]))
	if ifd < 8 || ifd+2 > len(t) {
		return 1
	}
	count := int(bo.Uint16(t[ifd : ifd+2]))
	for i := 0; i < count; i++ {
		e := ifd + 2 + 12*i
		if e+12 > len(t) {
			return 1
		}
		if bo.Uint16(t[e:e+2]) == 0x0112 {
			if o := int(bo.Uint16(t[e+8 : e+10])); o >= 1 && o <= 8 {
				return o
			}
			return 1
		}
	}
	return 1
}

// orient turns a square image upright for an EXIF orientation.
func orient(src *image.RGBA, o int) *image.RGBA {
	if o <= 1 || o > 8 {
		return src
	}
	n := src.Bounds().Dx()
	dst := image.NewRGBA(src.Bounds())
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			sx, sy := sourceOf(o, n-1, x, y)
			dst.SetRGBA(x, y, src.RGBAAt(sx, sy))
		}
	}
	return dst
}

// sourceOf maps a pixel of the upright picture to the stored one.
func sourceOf(o, last, x, y int) (int, int) {
	switch o {
	case 2:
		return last - x, y
	case 3:
		return last - x, last - y
	case 4:
		return x, last - y
	case 5:
		return y, x
	case 6:
		return y, last - x
	case 7:
		return last - y, last - x
	default: // 8
		return last - y, x
	}
}
