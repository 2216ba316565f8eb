// Package i18nscan finds the message ids the portal's templates and Go code
// use, for the catalogue check and for `make i18n`.
package i18nscan

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

var (
	// In templates: {{t "id" …}}, {{tn "id" n}}, (t "id"), | t "id".
	templateCall = regexp.MustCompile(`(?:\{\{-?\s*|\(\s*|\|\s*)tn?\s+"([a-z0-9_]+(?:\.[a-z0-9_]+)+)"`)
	// In Go: .T("id" and .N("id".
	goCall = regexp.MustCompile(`\.[TN]\(\s*"([a-z0-9_]+(?:\.[a-z0-9_]+)+)"`)
	// In Go, ids chosen at run time are listed in a comment line that starts
	// with "i18n:" followed by the ids, separated by spaces.
	goList = regexp.MustCompile(`//\s*i18n:\s*(.+)`)
	goID   = regexp.MustCompile(`^[a-z0-9_]+(?:\.[a-z0-9_]+)+$`)
)

// Dirs are the folders, from the repository root, whose files clients read.
var Dirs = struct{ Templates, Go []string }{
	Templates: []string{"frontend/templates/portal", "frontend/templates/site", "frontend/templates/email"},
	Go:        []string{"server/internal"},
}

// Used returns every message id used under the repository root, sorted,
// with the files that use each.
func Used(root string) (map[string][]string, error) {
	used := map[string][]string{}
	add := func(id, file string) { used[id] = append(used[id], file) }
	for _, dir := range Dirs.Templates {
		err := walk(filepath.Join(root, dir), ".html", func(path, text string) {
			for _, m := range templateCall.FindAllStringSubmatch(text, -1) {
				add(m[1], path)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	for _, dir := range Dirs.Go {
		err := walk(filepath.Join(root, dir), ".go", func(path, text string) {
			if strings.HasSuffix(path, "_test.go") {
				return
			}
			for _, m := range goCall.FindAllStringSubmatch(text, -1) {
				add(m[1], path)
			}
			for _, m := range goList.FindAllStringSubmatch(text, -1) {
				for _, id := range strings.Fields(m[1]) {
					if goID.MatchString(id) {
						add(id, path)
					}
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return used, nil
}

// IDs is the sorted list of the ids of Used.
func IDs(used map[string][]string) []string {
	ids := make([]string, 0, len(used))
	for id := range used {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func walk(dir, ext string, fn func(path, text string)) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("scan %s: %w", dir, err)
		}
		if d.IsDir() || !strings.HasSuffix(path, ext) {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("scan %s: %w", path, err)
		}
		fn(path, string(b))
		return nil
	})
}
