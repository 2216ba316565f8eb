package portal

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"strings"
	"testing"

	"clientportal/frontend"
	"clientportal/server/internal/apperr"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/profile"
)

func TestEveryPictureRefusalReadsWholeInEveryLanguage(t *testing.T) {
	cat, err := i18n.Load(frontend.Locales())
	if err != nil {
		t.Fatal(err)
	}
	rgba16 := func(w, h int) []byte { // 16-bit RGBA: 8 bytes a pixel
		return pngHeaderOf(w, h, 16, 6)
	}
	uploads := map[string][]byte{
		"empty": nil, "too large": bytes.Repeat([]byte{0}, 5<<20+1), "GIF": []byte("GIF89a...."),
		"HEIC": []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00"), "text": []byte("just words"),
		"polyglot": append(pngHeaderOf(8, 8, 8, 2), "<script>"...), "cut": []byte("\x89PNG\r\n\x1a\n\x00\x00"),
		"huge": pngHeaderOf(10000, 6000, 8, 2), "memory": rgba16(5000, 5000), "WebP": []byte("RIFF\x04\x00\x00\x00WEBP"),
	}
	rules := profile.AvatarRules
	rules.Formats = []profile.Format{profile.PNG, profile.JPEG}
	said := map[string]bool{}
	for name, data := range uploads {
		_, err := profile.Read(data, rules)
		e := apperr.As(err)
		if e.Words == nil {
			t.Errorf("%s: the refusal %q gives no words for the client", name, e.Message)
			continue
		}
		said[e.Words.ID] = true
		for _, l := range i18n.Languages {
			got := say(cat.For(l.Code), e.Words)
			if got == e.Words.ID || strings.Contains(got, "<no value>") || strings.Contains(got, "uploads.") {
				t.Errorf("%s in %s reads %q", name, l.Code, got)
			}
			if l.Code == "en" && got != e.Message {
				t.Errorf("%s in English reads %q, want the message as before, %q", name, got, e.Message)
			}
		}
	}
	for _, id := range []string{"uploads.error.empty", "uploads.error.too_large", "uploads.error.too_many_pixels", "uploads.error.too_much_memory",
		"uploads.error.damaged", "uploads.error.other_format", "uploads.error.not_a_picture", "uploads.error.format_refused", "uploads.error.hidden_data"} {
		if !said[id] {
			t.Errorf("no upload of the test meets %s", id)
		}
	}
}

// pngHeaderOf is a PNG structure of w×h pixels of a bit depth and colour
// type, with no image data.
func pngHeaderOf(w, h int, depth, colorType byte) []byte {
	chunk := func(kind string, data []byte) []byte {
		b := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
		b = append(append(b, kind...), data...)
		return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(append([]byte(kind), data...)))
	}
	ihdr := binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(nil, uint32(w)), uint32(h))
	b := append([]byte("\x89PNG\r\n\x1a\n"), chunk("IHDR", append(ihdr, depth, colorType, 0, 0, 0))...)
	return append(b, chunk("IEND", nil)...)
}
