package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"clientportal/server/internal/config"
	"clientportal/server/internal/system"
	"clientportal/shared/clock"
)

// setup creates a workspace and its owner and prints the owner's API token
// alone on stdout; the rest goes to stderr.
func setup(ctx context.Context, cfg config.Config, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("setup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("workspace", "", "the business's name, e.g. \"Acme Coaching\"")
	email := fs.String("email", "", "the owner's email address")
	if err := fs.Parse(args); err != nil {
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
	created, err := sys.Workspaces.Setup(ctx, *name, *email)
	if err != nil {
		return err
	}
	url, err := sys.Workspaces.PortalURL(ctx, created.Workspace)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "Created workspace %q for %s.\nPortal URL: %s\nThe owner's API token is printed on stdout; keep it secret.\n",
		created.Workspace.Name, created.Owner.Email, url)
	_, err = fmt.Fprintln(stdout, created.Token)
	return err
}

// migrate brings the database schema up to date.
func migrate(ctx context.Context, cfg config.Config, stderr io.Writer) error {
	sys, err := system.Open(ctx, cfg, clock.Real{})
	if err != nil {
		return err
	}
	defer sys.Close()
	n, err := sys.Store.Migrate(ctx)
	if err != nil {
		return err
	}
	if err := sealPlainSecrets(ctx, sys); err != nil {
		return err
	}
	v, _ := sys.Store.Version(ctx)
	fmt.Fprintf(stderr, "Database (%s) is at version %d; %d migration(s) applied.\n", sys.Store.Dialect(), v, n)
	return nil
}
