// Command portal is the Client Portal server: `portal serve` (the default),
// `portal setup --workspace NAME --email OWNER_EMAIL`, `portal migrate`,
// `portal owner-password --email OWNER_EMAIL` (password on stdin), and
// `portal jobs [--state pending|retrying|dead]` and `portal jobs retry ID`
// to look at the job queue and put a dead job back, and
// `portal rotate-secret-key` (new key in PORTAL_NEW_SECRET_KEY) to re-seal
// the database's secrets under a new server key.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/config"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "portal:", userMessage(err))
		os.Exit(1)
	}
}

// run dispatches to a subcommand; stdout carries only machine-readable output.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	slog.SetDefault(slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: logLevel()})))
	cmd := "serve"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	cfg, err := config.FromEnv()
	if err != nil {
		return err
	}
	switch cmd {
	case "serve":
		return serve(ctx, cfg, args)
	case "setup":
		return setup(ctx, cfg, args, stdout, stderr)
	case "owner-password":
		return ownerPassword(ctx, cfg, args, os.Stdin, stderr)
	case "migrate":
		return migrate(ctx, cfg, stderr)
	case "jobs":
		return jobsCommand(ctx, cfg, args, stdout, stderr)
	case "rotate-secret-key":
		return rotateSecretKey(ctx, cfg, args, os.LookupEnv, stderr)
	default:
		return fmt.Errorf("unknown command %q; use serve, setup, migrate, owner-password or rotate-secret-key, or jobs to look at the job queue", cmd)
	}
}

func logLevel() slog.Level {
	if os.Getenv("PORTAL_LOG_LEVEL") == "debug" {
		return slog.LevelDebug
	}
	return slog.LevelInfo
}

// userMessage shows validation details plainly.
func userMessage(err error) string {
	var e *apperr.Error
	if errors.As(err, &e) && len(e.Fields) > 0 {
		msg := e.Message
		for f, why := range e.Fields {
			msg += fmt.Sprintf("\n  --%s: %s", f, why)
		}
		return msg
	}
	return err.Error()
}
