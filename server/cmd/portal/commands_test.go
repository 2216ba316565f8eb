package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

// portalEnv sets the environment of one portal process: SQLite in a fresh
// data folder unless vars say otherwise. It returns the data folder.
func portalEnv(t *testing.T, vars map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	base := map[string]string{"PORTAL_DATA_DIR": dir, "PORTAL_DATABASE_URL": "", "PORTAL_SMTP_URL": "",
		"PORTAL_ADDR": "127.0.0.1:8080", "PORTAL_BASE_URL": "http://localhost:8080", "PORTAL_LOG_LEVEL": ""}
	for k, v := range vars {
		base[k] = v
	}
	for k, v := range base {
		t.Setenv(k, v)
	}
	return dir
}

// runPortal runs the portal command with args and returns its outputs.
func runPortal(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = run(ctx, args, &out, &errb)
	return out.String(), errb.String(), err
}

var tokenLine = regexp.MustCompile(`^cpo_[A-Za-z0-9_-]{40,}\n$`)

func TestSetupPrintsOnlyTheOwnerTokenOnStdoutAndTheRestOnStderr(t *testing.T) {
	portalEnv(t, nil)
	stdout, stderr, err := runPortal(t, "setup", "--workspace", "Acme Coaching", "--email", "owner@acme.test")
	if err != nil {
		t.Fatalf("setup: %v\n%s", err, stderr)
	}
	if !tokenLine.MatchString(stdout) {
		t.Fatalf("stdout is %q; want one line holding the cpo_ token and nothing else", stdout)
	}
	for _, want := range []string{`Created workspace "Acme Coaching" for owner@acme.test`, "Portal URL: http://acme-coaching.localhost:8080"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, strings.TrimSpace(stdout)) {
		t.Error("the token also appears on stderr, where logs may keep it")
	}
}

func TestSetupTwiceCreatesTwoWorkspacesWithTheirOwnAddresses(t *testing.T) {
	portalEnv(t, nil)
	urls := map[string]bool{}
	tokens := map[string]bool{}
	for _, name := range []string{"Acme Coaching", "Bravo Studio", "Acme Coaching"} {
		stdout, stderr, err := runPortal(t, "setup", "--workspace", name, "--email", "owner@example.com")
		if err != nil {
			t.Fatalf("setup %s: %v", name, err)
		}
		tokens[stdout] = true
		urls[regexp.MustCompile(`Portal URL: (\S+)`).FindStringSubmatch(stderr)[1]] = true
	}
	for _, want := range []string{"http://acme-coaching.localhost:8080", "http://bravo-studio.localhost:8080", "http://acme-coaching-2.localhost:8080"} {
		if !urls[want] {
			t.Errorf("no workspace at %s; got %v", want, urls)
		}
	}
	if len(tokens) != 3 {
		t.Errorf("%d distinct tokens for 3 workspaces", len(tokens))
	}
}

func TestSetupWithABadEmailNamesTheFlagAndCreatesNothing(t *testing.T) {
	dir := portalEnv(t, nil)
	for _, email := range []string{"", "not-an-email", "Owner <owner@acme.test>"} {
		stdout, _, err := runPortal(t, "setup", "--workspace", "Acme", "--email", email)
		if err == nil {
			t.Fatalf("setup with email %q succeeded", email)
		}
		if msg := userMessage(err); !strings.Contains(msg, "--email") || strings.Contains(msg, "--workspace") {
			t.Errorf("email %q: message %q should name --email only", email, msg)
		}
		if stdout != "" {
			t.Errorf("email %q: stdout %q, want nothing", email, stdout)
		}
	}
	if taken := slugTaken(t, dir, "acme"); taken {
		t.Fatal("a failed setup created the workspace")
	}
}

func TestSetupWithoutAWorkspaceNameNamesTheFlag(t *testing.T) {
	portalEnv(t, nil)
	_, _, err := runPortal(t, "setup", "--email", "owner@acme.test")
	if err == nil || !strings.Contains(userMessage(err), "--workspace") {
		t.Fatalf("setup without a name: %v; want a message naming --workspace", err)
	}
}

func TestMigrateTwiceAppliesNothingTheSecondTime(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			vars := map[string]string{}
			if dialect == "postgres" {
				vars["PORTAL_DATABASE_URL"] = storetest.FreshPostgres(t)
			}
			portalEnv(t, vars)
			_, first, err := runPortal(t, "migrate")
			if err != nil || !regexp.MustCompile(`is at version \d+; [1-9]\d* migration\(s\) applied`).MatchString(first) {
				t.Fatalf("first migrate: %v\n%s", err, first)
			}
			_, second, err := runPortal(t, "migrate")
			if err != nil || !strings.Contains(second, "; 0 migration(s) applied") {
				t.Fatalf("second migrate: %v\n%s", err, second)
			}
		})
	}
}

func TestMigrateAgainstAnUnreachableDatabaseFailsQuicklyWithAClearMessage(t *testing.T) {
	portalEnv(t, map[string]string{"PORTAL_DATABASE_URL": "postgres://postgres@127.0.0.1:1/x"})
	start := time.Now()
	_, _, err := runPortal(t, "migrate")
	if err == nil {
		t.Fatal("migrate against a closed port succeeded")
	}
	msg := userMessage(err)
	if !strings.Contains(msg, "postgres") || !strings.Contains(msg, "127.0.0.1") {
		t.Errorf("message %q should say which database could not be reached", msg)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("took %s to give up", took)
	}
}

func TestABadEnvironmentVariableStopsEveryCommandAndIsNamed(t *testing.T) {
	cases := map[string]string{"PORTAL_ADDR": "8080", "PORTAL_BASE_URL": "localhost:8080", "PORTAL_DATABASE_URL": "mysql://db/portal",
		"PORTAL_SMTP_URL": "mail.example.com"}
	for name, value := range cases {
		for _, cmd := range []string{"serve", "setup", "migrate"} {
			t.Run(name+"/"+cmd, func(t *testing.T) {
				dir := portalEnv(t, map[string]string{name: value})
				_, _, err := runPortal(t, cmd, "--workspace", "Acme", "--email", "owner@acme.test")
				if err == nil || !strings.Contains(userMessage(err), name) {
					t.Fatalf("%s=%q: %v; want an error naming %s", name, value, err, name)
				}
				if matches, _ := filepath.Glob(filepath.Join(dir, "*")); len(matches) != 0 {
					t.Fatalf("the refused command wrote %v", matches)
				}
			})
		}
	}
}

func TestAnUnknownCommandSaysWhichOnesExist(t *testing.T) {
	portalEnv(t, nil)
	_, _, err := runPortal(t, "serv")
	if err == nil || !strings.Contains(err.Error(), "serve, setup, migrate, owner-password or rotate-secret-key") {
		t.Fatalf("unknown command: %v", err)
	}
}

func slugTaken(t *testing.T, dataDir, slug string) bool {
	t.Helper()
	s, err := store.Open(context.Background(), store.Options{SQLitePath: filepath.Join(dataDir, "portal.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var taken bool
	err = s.View(context.Background(), func(tx *store.Tx) (err error) { taken, err = tx.Workspaces().SlugTaken(slug); return err })
	if err != nil {
		t.Fatal(err)
	}
	return taken
}
