package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"clientportal/server/internal/config"
	"clientportal/server/internal/system"
	"clientportal/shared/clock"
)

// ownerPassword sets the password an owner may use to connect the desktop
// app: `portal owner-password --email OWNER_EMAIL [--workspace SLUG]`, with
// the password on the first line of stdin.
func ownerPassword(ctx context.Context, cfg config.Config, args []string, stdin io.Reader, stderr io.Writer) error {
	fs := flag.NewFlagSet("owner-password", flag.ContinueOnError)
	fs.SetOutput(stderr)
	email := fs.String("email", "", "the owner's email address")
	slug := fs.String("workspace", "", "the workspace's address name, when the email owns several")
	if err := fs.Parse(args); err != nil {
		return err
	}
	pw, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && err != io.EOF {
		return fmt.Errorf("read the password from stdin: %w", err)
	}
	sys, err := system.Open(ctx, cfg, clock.Real{})
	if err != nil {
		return err
	}
	defer sys.Close()
	if _, err := sys.Store.Migrate(ctx); err != nil {
		return err
	}
	if err := sys.Workspaces.SetOwnerPassword(ctx, *email, *slug, strings.TrimRight(pw, "\r\n")); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "Password set for %s. The desktop app can now connect with it.\n", *email)
	return nil
}
