//go:build desktop

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/menu/keys"
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"clientportal/app/internal/desk"
	"clientportal/app/internal/settings"
)

// shell ties the core services to the window's life: start, close, stop.
type shell struct {
	core   *desk.App
	dir    string
	ctx    context.Context
	notify *notifier
}

// startup runs the services once the window exists.
func (s *shell) startup(ctx context.Context) {
	s.ctx = ctx
	s.core.Start(ctx)
	s.notify = startNotifier(ctx, s.core.Live)
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
	if s.notify != nil {
		s.notify.stop()
	}
	s.core.Stop()
}

// menu is the app's menu bar: File, Edit, View, Go (every section, with
// Ctrl+digit shortcuts) and Help. The Edit items act on the focused field
// through the page's own helpers, since GTK knows nothing of the web view's
// selection.
func (s *shell) menu() *menu.Menu {
	m := menu.NewMenu()
	file := m.AddSubmenu("File")
	file.AddText("New invite", keys.CmdOrCtrl("n"), s.js("window.desktop.newInvite()"))
	file.AddText("Connect to a server…", keys.Combo("n", keys.CmdOrCtrlKey, keys.ShiftKey), s.goTo("/connect/"))
	file.AddSeparator()
	file.AddText("Quit", keys.CmdOrCtrl("q"), s.quit)

	edit := m.AddSubmenu("Edit")
	edit.AddText("Undo", keys.CmdOrCtrl("z"), s.js("window.desktop.edit('undo')"))
	edit.AddText("Redo", keys.Combo("z", keys.CmdOrCtrlKey, keys.ShiftKey), s.js("window.desktop.edit('redo')"))
	edit.AddSeparator()
	edit.AddText("Cut", keys.CmdOrCtrl("x"), s.js("window.desktop.edit('cut')"))
	edit.AddText("Copy", keys.CmdOrCtrl("c"), s.js("window.desktop.edit('copy')"))
	edit.AddText("Paste", keys.CmdOrCtrl("v"), s.paste)
	edit.AddText("Select all", keys.CmdOrCtrl("a"), s.js("window.desktop.edit('selectAll')"))
	edit.AddSeparator()
	edit.AddText("Find contacts", keys.CmdOrCtrl("f"), s.js("window.desktop.focusSearch()"))

	view := m.AddSubmenu("View")
	view.AddText("Reload", keys.CmdOrCtrl("r"), s.js("window.location.reload()"))
	view.AddText("Go back", keys.OptionOrAlt("left"), s.js("window.history.back()"))
	view.AddText("Go forward", keys.OptionOrAlt("right"), s.js("window.history.forward()"))

	nav := m.AddSubmenu("Go")
	for _, sec := range sections {
		var acc *keys.Accelerator
		if sec.key != "" {
			acc = keys.CmdOrCtrl(sec.key)
		}
		nav.AddText(sec.label, acc, s.goTo(sec.path))
	}

	help := m.AddSubmenu("Help")
	help.AddText("Keyboard shortcuts", keys.Key("f1"), s.shortcuts)
	help.AddText("About Client Portal", nil, s.about)
	return m
}

// sections are the app's pages in the order of the sidebar, with their
// Ctrl+digit shortcut.
var sections = []struct{ label, path, key string }{
	{"Dashboard", "/dashboard/", "1"},
	{"Contacts", "/contacts/", "2"},
	{"Inbox", "/inbox/", "3"},
	{"Documents", "/documents/", "4"},
	{"Templates", "/document-templates/", ""},
	{"Invoices", "/invoices/", "5"},
	{"Automations", "/automations/", ""},
	{"Webhooks", "/webhooks/", ""},
	{"Courses", "/courses/", "6"},
	{"Groups", "/groups/", "7"},
	{"Branding", "/branding/", "8"},
	{"Signing", "/signing/", ""},
	{"Emails", "/email-templates/", "9"},
	{"Servers", "/connect/", ""},
	{"Outbox", "/outbox/", "0"},
}

// goTo opens a page of the app.
func (s *shell) goTo(path string) menu.Callback {
	return s.js("window.location.href=" + strconv.Quote(path))
}

// paste reads the system clipboard here and types it into the focused field.
func (s *shell) paste(*menu.CallbackData) {
	text, err := runtime.ClipboardGetText(s.ctx)
	if err != nil {
		slog.Warn("paste", "err", err)
		return
	}
	b, _ := json.Marshal(text)
	runtime.WindowExecJS(s.ctx, "window.desktop.paste("+string(b)+")")
}

func (s *shell) shortcuts(*menu.CallbackData) {
	var b strings.Builder
	for _, sec := range sections {
		if sec.key != "" {
			fmt.Fprintf(&b, "Ctrl+%s  %s\n", sec.key, sec.label)
		}
	}
	b.WriteString("Ctrl+F  Find contacts\nCtrl+N  New invite\nCtrl+Enter  Send a reply\nCtrl+R  Reload\nCtrl+Q  Quit")
	_, err := runtime.MessageDialog(s.ctx, runtime.MessageDialogOptions{Type: runtime.InfoDialog, Title: "Keyboard shortcuts", Message: b.String()})
	if err != nil {
		slog.Warn("shortcuts dialog", "err", err)
	}
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
