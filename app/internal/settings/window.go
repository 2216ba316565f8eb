// Package settings keeps the desktop window's size between runs.
package settings

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Window is the size the window had when it was last closed.
type Window struct {
	Width  int `json:"width"`
	Height int `json:"height"`
}

// DefaultWindow is the size of the first start.
var DefaultWindow = Window{Width: 1200, Height: 800}

// minimum sizes keep a corrupt or tiny saved size from hiding the UI.
const minWidth, minHeight = 800, 560

func windowPath(dir string) string { return filepath.Join(dir, "window.json") }

// LoadWindow returns the saved size, or DefaultWindow when none is usable.
func LoadWindow(dir string) Window {
	b, err := os.ReadFile(windowPath(dir))
	if err != nil {
		return DefaultWindow
	}
	var w Window
	if json.Unmarshal(b, &w) != nil || w.Width < minWidth || w.Height < minHeight {
		return DefaultWindow
	}
	return w
}

// SaveWindow remembers the size for the next start.
func SaveWindow(dir string, w Window) error {
	if w.Width < minWidth || w.Height < minHeight {
		return errors.New("save window size: too small to be useful")
	}
	b, _ := json.Marshal(w)
	if err := os.WriteFile(windowPath(dir), b, 0o600); err != nil {
		return fmt.Errorf("save window size: %w", err)
	}
	return nil
}
