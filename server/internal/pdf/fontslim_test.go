package pdf

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

func tableTags(t *testing.T, ttf []byte) map[string][]byte {
	t.Helper()
	tags := map[string][]byte{}
	for i := range int(binary.BigEndian.Uint16(ttf[4:])) {
		rec := ttf[12+16*i:]
		off, size := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		tags[string(rec[:4])] = ttf[off : off+size]
	}
	return tags
}

func TestASlimmedFontKeepsWhatAPDFDrawsWithAndDropsTheRest(t *testing.T) {
	orig, err := os.ReadFile(filepath.Join("..", "..", "..", "frontend", "fonts", "vendor", "DejaVuSans.ttf"))
	if err != nil {
		t.Fatalf("DejaVu Sans (run scripts/fonts.sh): %v", err)
	}
	slim, err := slimFont(orig)
	if err != nil {
		t.Fatal(err)
	}
	before, after := tableTags(t, orig), tableTags(t, slim)
	for _, tag := range []string{"head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "name", "OS/2", "post"} {
		if after[tag] == nil {
			t.Errorf("the slimmed font lost its %s table", tag)
		}
	}
	for _, tag := range []string{"GPOS", "GSUB", "kern"} {
		if before[tag] != nil && after[tag] != nil {
			t.Errorf("the slimmed font still has its %s table", tag)
		}
	}
	if v := binary.BigEndian.Uint32(after["post"]); v != 0x00030000 || len(after["post"]) != 32 {
		t.Errorf("post table: version %#x, %d bytes; want version 3, 32 bytes", v, len(after["post"]))
	}
	if string(after["glyf"]) != string(before["glyf"]) || string(after["hmtx"]) != string(before["hmtx"]) {
		t.Error("glyphs or their widths changed")
	}
	if sum := tableChecksum(slim); sum != 0xB1B0AFBA {
		t.Errorf("whole-font checksum %#x, want 0xB1B0AFBA", sum)
	}
	if len(slim) >= len(orig) {
		t.Errorf("slimmed font is %d bytes, the original %d", len(slim), len(orig))
	}
}
