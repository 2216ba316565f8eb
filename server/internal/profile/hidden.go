package profile

import (
	"bytes"
	"encoding/binary"

	"clientportal/server/internal/apperr"
)

// markup are byte strings that have no business in a picture: a file that
// carries them is an image and a page (or script) at once, a polyglot.
var markup = [][]byte{[]byte("<script"), []byte("<html"), []byte("<!doctype"), []byte("<?php"), []byte("<svg"),
	[]byte("<iframe"), []byte("javascript:")}

// refuseHiddenData refuses polyglots: bytes after the image's end, or
// markup or code anywhere in the file.
func refuseHiddenData(data []byte, f Format, r Rules) error {
	end := imageEnd(data, f)
	if end < 0 {
		return damaged(r, nil)
	}
	if len(bytes.Trim(data[end:], "\x00")) > 0 || containsMarkup(data) {
		return r.say(apperr.New(apperr.Unsupported, "This %s carries other data besides the image (it may be two files in one), so it was refused. "+
			"Open it in a photo app, save it again as a new file, and upload that.", r.What), "uploads.error.hidden_data")
	}
	return nil
}

func containsMarkup(data []byte) bool {
	lower := bytes.ToLower(data)
	for _, m := range markup {
		if bytes.Contains(lower, m) {
			return true
		}
	}
	return false
}

// imageEnd is the offset just past the image data of the format, or -1 when
// the structure is broken.
func imageEnd(b []byte, f Format) int {
	switch f {
	case PNG:
		return pngEnd(b)
	case JPEG:
		return jpegEnd(b)
	case WebP:
		n := int(binary.LittleEndian.Uint32(b[4:8]))
		end := 8 + n + n%2
		if n < 4 || end > len(b)+n%2 {
			return -1
		}
		return min(end, len(b))
	}
	return -1
}

// pngEnd walks the chunks up to IEND.
func pngEnd(b []byte) int {
	for off := 8; off+12 <= len(b); {
		n := int(binary.BigEndian.Uint32(b[off : off+4]))
		next := off + 12 + n
		if n < 0 || next > len(b) || next < off {
			return -1
		}
		if string(b[off+4:off+8]) == "IEND" {
			return next
		}
		off = next
	}
	return -1
}

// jpegEnd walks the segments, skipping each by its length (so a thumbnail
// inside EXIF does not end the walk) and the entropy-coded data after each
// start of scan, up to the end-of-image marker.
func jpegEnd(b []byte) int {
	off := 2
	for off+4 <= len(b) {
		if b[off] != 0xff {
			return -1
		}
		m := b[off+1]
		switch {
		case m == 0xff: // fill byte
			off++
			continue
		case m == 0xd9: // end of image
			return off + 2
		case m == 0x01 || (m >= 0xd0 && m <= 0xd7): // markers without a length
			off += 2
			continue
		}
		n := int(binary.BigEndian.Uint16(b[off+2 : off+4]))
		if n < 2 || off+2+n > len(b) {
			return -1
		}
		off += 2 + n
		if m == 0xda { // start of scan: skip the coded data to the next marker
			off = scanEnd(b, off)
		}
	}
	if off+2 == len(b) && b[off] == 0xff && b[off+1] == 0xd9 {
		return len(b)
	}
	return -1
}

// scanEnd finds the next marker after entropy-coded data: an 0xff that is
// not stuffing (0x00) and not a restart marker.
func scanEnd(b []byte, off int) int {
	for i := off; i+1 < len(b); i++ {
		if b[i] == 0xff && b[i+1] != 0x00 && (b[i+1] < 0xd0 || b[i+1] > 0xd7) {
			return i
		}
	}
	return len(b)
}
