package pdf

import (
	"os"
	"path/filepath"
	"testing"
)

var testSealer *Sealer

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "pdf-test-config-")
	if err != nil {
		panic(err)
	}
	fonts := os.DirFS(filepath.Join("..", "..", "..", "frontend", "fonts"))
	testSealer, err = NewSealer(dir, fonts)
	if err != nil {
		os.RemoveAll(dir)
		panic("set up sealer (fonts missing? run scripts/fonts.sh): " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func TestFontPickCoversEveryScript(t *testing.T) {
	cases := map[string][]string{
		"Zoë Ångström": {"Helvetica", "DancingScript-Regular"},
		"Łukasz Żółć":  {"Roboto-Regular", "DancingScript-Regular"},
		"Алина":        {"Roboto-Regular", ""},
		"王小明":          {unicodeFont, unicodeFont},
	}
	for name, want := range cases {
		if got := testSealer.fonts.pick(name, textFonts); got != want[0] {
			t.Errorf("text font for %q = %s, want %s", name, got, want[0])
		}
		got := testSealer.fonts.pick(name, scriptFonts)
		if want[1] != "" && got != want[1] {
			t.Errorf("script font for %q = %s, want %s", name, got, want[1])
		}
		if !testSealer.fonts.covering(got, name) {
			t.Errorf("script font %s does not cover %q", got, name)
		}
	}
}
