package frontend

import (
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// testOnly are vendored files no page loads (the accessibility tests inject
// axe-core themselves), so a binary without them still works.
var testOnly = []string{"axe.min.js"}

func TestEmbeddedVendoredFilesArePresent(t *testing.T) {
	if err := CheckVendored(); err != nil {
		t.Fatal(err)
	}
}

func TestCheckVendoredRefusesWhenOneFileIsMissing(t *testing.T) {
	for _, gone := range vendored {
		t.Run(gone, func(t *testing.T) {
			static := vendoredFS()
			delete(static, "vendor/"+gone)
			err := checkVendored(static)
			want := "frontend/static/vendor/" + gone + " is missing: run make build (it vendors the browser packages from npm)"
			if err == nil || err.Error() != want {
				t.Fatalf("checkVendored = %v, want %q", err, want)
			}
		})
	}
}

func TestCheckVendoredRefusesAnEmptyFile(t *testing.T) {
	static := vendoredFS()
	static["vendor/htmx.min.js"] = &fstest.MapFile{}
	err := checkVendored(static)
	if err == nil || !strings.Contains(err.Error(), "frontend/static/vendor/htmx.min.js is missing") {
		t.Fatalf("checkVendored = %v, want htmx.min.js named as missing", err)
	}
}

func TestCheckVendoredNamesEveryMissingFile(t *testing.T) {
	err := checkVendored(fstest.MapFS{"css/app.css": {Data: []byte("body{}")}})
	if err == nil {
		t.Fatal("checkVendored passed a tree without vendor/")
	}
	for _, name := range vendored {
		if !strings.Contains(err.Error(), "frontend/static/vendor/"+name) {
			t.Errorf("error %q does not name %s", err, name)
		}
	}
	if !strings.Contains(err.Error(), "are missing: run make build") {
		t.Errorf("error %q does not say to run make build", err)
	}
}

func TestCheckVendoredPassesWhenEveryFileIsThere(t *testing.T) {
	if err := checkVendored(vendoredFS()); err != nil {
		t.Fatal(err)
	}
}

// The list must be what scripts/vendor.sh copies, less the test-only files.
func TestVendoredListMatchesVendorScript(t *testing.T) {
	script, err := os.ReadFile("scripts/vendor.sh")
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile(`(?s)\nfiles=\((.*?)\n\)`).FindSubmatch(script)
	if block == nil {
		t.Fatal("scripts/vendor.sh has no files=( ... ) list")
	}
	var copied []string
	for _, m := range regexp.MustCompile(`"[^"]+:([^":]+)"`).FindAllSubmatch(block[1], -1) {
		copied = append(copied, string(m[1]))
	}
	want := append(slices.Clone(vendored), testOnly...)
	slices.Sort(copied)
	slices.Sort(want)
	if !slices.Equal(copied, want) {
		t.Fatalf("scripts/vendor.sh copies %v; vendored plus testOnly is %v", copied, want)
	}
}

// The list must be what the templates and scripts load from /static/vendor/.
func TestVendoredListMatchesWhatPagesLoad(t *testing.T) {
	ref := regexp.MustCompile(`/static/vendor/([A-Za-z0-9._-]+)`)
	var loaded []string
	for _, tree := range []fs.FS{Templates(), Static()} {
		err := fs.WalkDir(tree, ".", func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			if strings.HasPrefix(path, "vendor/") || !(strings.HasSuffix(path, ".html") || strings.HasSuffix(path, ".js")) {
				return nil
			}
			src, err := fs.ReadFile(tree, path)
			for _, m := range ref.FindAllSubmatch(src, -1) {
				loaded = append(loaded, string(m[1]))
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(loaded)
	loaded = slices.Compact(loaded)
	want := slices.Sorted(slices.Values(vendored))
	if !slices.Equal(loaded, want) {
		t.Fatalf("pages load %v from /static/vendor/; vendored lists %v", loaded, want)
	}
}

// vendoredFS is a static tree holding every vendored file.
func vendoredFS() fstest.MapFS {
	static := fstest.MapFS{"css/app.css": {Data: []byte("body{}")}}
	for _, name := range vendored {
		static["vendor/"+name] = &fstest.MapFile{Data: []byte("// " + name)}
	}
	return static
}
