//go:build desktop

// Command portal-desktop is the owner's desktop app of Client Portal: a
// Wails window whose whole UI is the Go handler of internal/ui.
package main

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"

	"clientportal/app/internal/desk"
	"clientportal/app/internal/settings"
	"clientportal/app/internal/ui"
	"clientportal/frontend"
)

func main() {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, nil)))
	if err := run(); err != nil {
		slog.Error("portal-desktop", "err", err)
		os.Exit(1)
	}
}

// run wires the app by hand: core services, UI handler, window, menu.
func run() error {
	if err := frontend.CheckVendored(); err != nil {
		return err
	}
	dir, err := appDir()
	if err != nil {
		return err
	}
	icon, err := fs.ReadFile(frontend.Static(), "desktop/appicon.png")
	if err != nil {
		return fmt.Errorf("app icon: %w", err)
	}
	core, err := desk.New(context.Background(), desk.Config{Dir: dir})
	if err != nil {
		return err
	}
	connectFromEnv(core)
	sh := &shell{core: core, dir: dir}
	handler, err := ui.New(core, ui.WithSaver(sh.saveDialog))
	if err != nil {
		return err
	}
	size := settings.LoadWindow(dir)
	return wails.Run(&options.App{
		Title: "Client Portal", Width: size.Width, Height: size.Height, MinWidth: 800, MinHeight: 560,
		AssetServer:   &assetserver.Options{Handler: handler},
		Menu:          sh.menu(),
		OnStartup:     sh.startup,
		OnBeforeClose: sh.beforeClose,
		OnShutdown:    sh.shutdown,
		Linux:         &linux.Options{ProgramName: "portal-desktop", Icon: icon},
	})
}

// appDir is where the app keeps its files: PORTAL_DESKTOP_DIR, else the user config dir.
func appDir() (string, error) {
	if d := os.Getenv("PORTAL_DESKTOP_DIR"); d != "" {
		return d, nil
	}
	base, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(base, "client-portal"), nil
}

// connectFromEnv saves the account given by PORTAL_SERVER_URL and
// PORTAL_OWNER_TOKEN (as `make run` passes them), so the first start opens the dashboard.
func connectFromEnv(core *desk.App) {
	server, token := os.Getenv("PORTAL_SERVER_URL"), os.Getenv("PORTAL_OWNER_TOKEN")
	if server == "" || token == "" {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := core.Connect(ctx, server, token); err != nil {
		slog.Warn("could not connect with PORTAL_SERVER_URL and PORTAL_OWNER_TOKEN", "err", err)
	}
}
