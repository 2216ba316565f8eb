// Command i18n-extract adds every message id the templates and Go code use
// but a catalogue lacks to frontend/locales/<area>.<language>.json, with a
// "TODO: " text for a translator, and lists the ids nothing uses any more.
// Run it from the repository root: make i18n.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/i18n/i18nscan"
)

const localeDir = "frontend/locales"

func main() {
	if err := run(); err != nil {
		slog.Error("i18n-extract failed", "err", err)
		os.Exit(1)
	}
}

func run() error {
	used, err := i18nscan.Used(".")
	if err != nil {
		return err
	}
	added := 0
	for _, id := range append(i18nscan.IDs(used), i18n.FormatIDs()...) {
		area := id[:strings.IndexByte(id, '.')]
		for _, l := range i18n.Languages {
			n, err := ensure(filepath.Join(localeDir, area+"."+l.Code+".json"), id)
			if err != nil {
				return err
			}
			added += n
		}
	}
	fmt.Printf("i18n: %d message ids in use; %d texts added for translation (search the catalogues for %q)\n",
		len(used), added, i18n.Untranslated)
	catalog, err := i18n.Load(os.DirFS(localeDir))
	if err != nil {
		return err
	}
	for _, p := range catalog.Check(i18nscan.IDs(used)) {
		fmt.Println("i18n:", p)
	}
	return nil
}

// ensure adds id to the catalogue file when it lacks it, creating the file.
func ensure(path, id string) (int, error) {
	messages := map[string]any{}
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		if err := json.Unmarshal(b, &messages); err != nil {
			return 0, fmt.Errorf("read %s: %w", path, err)
		}
	case !os.IsNotExist(err):
		return 0, fmt.Errorf("read %s: %w", path, err)
	}
	if _, ok := messages[id]; ok {
		return 0, nil
	}
	messages[id] = i18n.Untranslated + id
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(messages); err != nil {
		return 0, err
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	return 1, nil
}
