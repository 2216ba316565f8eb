// Command package builds the desktop app's .deb from build/nfpm.yaml, offline,
// with the nfpm library. Run it from the repository root:
//
//	GOWORK=off go run -C build/package . -config build/nfpm.yaml -out build/bin
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/goreleaser/nfpm/v2"
	_ "github.com/goreleaser/nfpm/v2/deb" // registers the deb packager
)

func main() {
	root := flag.String("root", "../..", "repository root the paths in the config are relative to")
	config := flag.String("config", "build/nfpm.yaml", "nfpm config, relative to -root")
	out := flag.String("out", "build/bin", "folder for the .deb, relative to -root")
	version := flag.String("version", envOr("PORTAL_VERSION", "0.1.0"), "package version")
	flag.Parse()
	path, err := buildDeb(*root, *config, *out, *version)
	if err != nil {
		slog.Error("package", "err", err)
		os.Exit(1)
	}
	fmt.Println(path)
}

// buildDeb reads the config, checks it, and writes the package.
func buildDeb(root, config, out, version string) (string, error) {
	if err := os.Chdir(root); err != nil {
		return "", fmt.Errorf("enter %s: %w", root, err)
	}
	cfg, err := nfpm.ParseFileWithEnvMapping(config, func(k string) string {
		if k == "PORTAL_VERSION" {
			return version
		}
		return os.Getenv(k)
	})
	if err != nil {
		return "", fmt.Errorf("read %s: %w", config, err)
	}
	info, err := cfg.Get("deb")
	if err != nil {
		return "", fmt.Errorf("deb settings: %w", err)
	}
	info = nfpm.WithDefaults(info)
	if err := nfpm.PrepareForPackager(info, "deb"); err != nil {
		return "", fmt.Errorf("check %s: %w", config, err)
	}
	return write(info, out)
}

func write(info *nfpm.Info, out string) (string, error) {
	pkg, err := nfpm.Get("deb")
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(out, pkg.ConventionalFileName(info))
	f, err := os.Create(path)
	if err != nil {
		return "", fmt.Errorf("create %s: %w", path, err)
	}
	if err := pkg.Package(info, f); err != nil {
		f.Close()
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	return path, f.Close()
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
