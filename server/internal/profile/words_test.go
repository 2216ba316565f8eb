package profile

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"os"
	"reflect"
	"testing"

	"clientportal/server/internal/apperr"
)

func TestARefusalGivesTheClientsWordsAsIdsBesideItsEnglishMessage(t *testing.T) {
	picture := apperr.Word("uploads.what.picture")
	for _, tc := range []struct {
		name    string
		data    []byte
		message string
		words   apperr.Words
	}{
		{"too large", bytes.Repeat([]byte{0}, 5<<20+1),
			"This picture is 5.0 MB; the largest accepted is 5.0 MB. Choose a smaller file.",
			apperr.Words{ID: "uploads.error.too_large", Args: map[string]any{"What": picture, "Size": apperr.Size(5<<20 + 1), "Max": apperr.Size(5 << 20)}}},
		{"HEIC", []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00"),
			"HEIC or AVIF files are not accepted. Save the picture as JPEG, PNG or WebP and try again.",
			apperr.Words{ID: "uploads.error.other_format", Args: map[string]any{"What": picture,
				"Format": apperr.Either{"HEIC", "AVIF"}, "Accepted": apperr.Either{"JPEG", "PNG", "WebP"}}}},
		{"too many pixels", pngOfSize(10000, 6000),
			"This picture is 10000×6000 pixels; the largest accepted is 50 megapixels. Make it smaller and try again.",
			apperr.Words{ID: "uploads.error.too_many_pixels", Args: map[string]any{"What": picture, "Pixels": "10000×6000", "Megapixels": 50}}},
	} {
		_, err := Read(tc.data, AvatarRules)
		e := apperr.As(err)
		if e.Message != tc.message {
			t.Errorf("%s: message %q, want the English %q", tc.name, e.Message, tc.message)
		}
		if e.Words == nil || !reflect.DeepEqual(*e.Words, tc.words) {
			t.Errorf("%s: words %+v, want %+v", tc.name, e.Words, tc.words)
		}
	}
}

func TestRulesWithoutAWordGiveOnlyTheEnglishMessage(t *testing.T) {
	webp, _ := os.ReadFile("testdata/blue-purple-pink.lossy.webp")
	_, err := Read(webp, Rules{What: "logo", MaxBytes: 1 << 20, MaxPixels: 1e6, Formats: []Format{PNG, JPEG}})
	if e := apperr.As(err); e.Words != nil || e.Message != "WebP files are not accepted for a logo. Save it as PNG or JPEG and try again." {
		t.Errorf("a logo refusal: %q with words %+v, want the English message alone", e.Message, e.Words)
	}
}

// pngOfSize is a whole PNG structure that claims w×h pixels and holds none.
func pngOfSize(w, h int) []byte {
	chunk := func(kind string, data []byte) []byte {
		b := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
		b = append(append(b, kind...), data...)
		return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(append([]byte(kind), data...)))
	}
	ihdr := binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(nil, uint32(w)), uint32(h))
	b := append([]byte("\x89PNG\r\n\x1a\n"), chunk("IHDR", append(ihdr, 8, 2, 0, 0, 0))...)
	return append(b, chunk("IEND", nil)...)
}
