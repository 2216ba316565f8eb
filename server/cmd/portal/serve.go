package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"time"

	"clientportal/frontend"
	"clientportal/server/internal/config"
	"clientportal/server/internal/system"
	"clientportal/shared/clock"
)

// serve runs the server until SIGTERM, then lets in-flight requests finish.
func serve(ctx context.Context, cfg config.Config, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", cfg.Addr, "listen address (PORTAL_ADDR)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := frontend.CheckVendored(); err != nil {
		return err
	}
	sys, err := system.Open(ctx, cfg, clock.Real{})
	if err != nil {
		return err
	}
	defer sys.Close()
	if _, err := sys.Store.Migrate(ctx); err != nil {
		return err
	}
	if err := sealPlainSecrets(ctx, sys); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s (PORTAL_ADDR): %w", *addr, err)
	}
	sys.Start(context.WithoutCancel(ctx))
	slog.Info("portal serving", "addr", ln.Addr().String(), "base_url", cfg.BaseURL.String(), "database", sys.Store.Dialect(), "dev_mailbox", cfg.DevMailbox())
	errc := make(chan error, 1)
	go func() { errc <- sys.App.Listener(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	slog.Info("shutting down: finishing in-flight requests")
	sys.Hub.Close()
	if err := sys.App.ShutdownWithTimeout(20 * time.Second); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}
