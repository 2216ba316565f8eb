//go:build desktop

package main

import (
	"context"
	"log/slog"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/menu/keys"
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"clientportal/app/internal/desk"
	"clientportal/app/internal/settings"
)

// shell ties the core services to the window's life: start, close, stop.
type shell struct {
	core *desk.App
	dir  string
	ctx  context.Context
}

// startup runs the services once the window exists.
func (s *shell) startup(ctx context.Context) {
	s.ctx = ctx
	s.core.Start(ctx)
}

// beforeClose remembers the window size; it never prevents closing.
func (s *shell) beforeClose(ctx context.Context) bool {
	s.saveSize(ctx)
	return false
}

// quit remembers the window size and ends the app (menu Quit, Ctrl+Q).
func (s *shell) quit(*menu.CallbackData) {
	s.saveSize(s.ctx)
	runtime.Quit(s.ctx)
}

func (s *shell) saveSize(ctx context.Context) {
	w, h := runtime.WindowGetSize(ctx)
	if err := settings.SaveWindow(s.dir, settings.Window{Width: w, Height: h}); err != nil {
		slog.Warn("window size not saved", "err", err)
	}
}

// shutdown stops the services and closes the local database.
func (s *shell) shutdown(context.Context) {
	s.core.Stop()
}

// menu is the app menu: About and Quit, and the shortcuts of the UI.
func (s *shell) menu() *menu.Menu {
	m := menu.NewMenu()
	app := m.AddSubmenu("Client Portal")
	app.AddText("About Client Portal", nil, s.about)
	app.AddSeparator()
	app.AddText("Quit", keys.CmdOrCtrl("q"), s.quit)
	nav := m.AddSubmenu("Go")
	nav.AddText("Dashboard", keys.CmdOrCtrl("1"), s.js("window.location.href='/dashboard/'"))
	nav.AddText("Contacts", keys.CmdOrCtrl("2"), s.js("window.location.href='/contacts/'"))
	nav.AddText("Outbox", keys.CmdOrCtrl("3"), s.js("window.location.href='/outbox/'"))
	nav.AddSeparator()
	nav.AddText("Search contacts", keys.CmdOrCtrl("f"), s.js("window.desktop.focusSearch()"))
	nav.AddText("New invite", keys.CmdOrCtrl("n"), s.js("window.desktop.newInvite()"))
	return m
}

func (s *shell) js(code string) menu.Callback {
	return func(*menu.CallbackData) { runtime.WindowExecJS(s.ctx, code) }
}

func (s *shell) about(*menu.CallbackData) {
	_, err := runtime.MessageDialog(s.ctx, runtime.MessageDialogOptions{
		Type: runtime.InfoDialog, Title: "About Client Portal",
		Message: "Client Portal desktop app.\nInvite clients, send magic links and login emails, and follow who joined.",
	})
	if err != nil {
		slog.Warn("about dialog", "err", err)
	}
}

// saveDialog asks where to save a document with the native dialog.
func (s *shell) saveDialog(_ context.Context, name string) (string, error) {
	return runtime.SaveFileDialog(s.ctx, runtime.SaveDialogOptions{
		Title: "Save document", DefaultFilename: name,
		Filters: []runtime.FileFilter{{DisplayName: "PDF documents (*.pdf)", Pattern: "*.pdf"}},
	})
}
