package main

import (
	"bytes"
	"context"
	"net"
	"strings"
	"testing"

	"clientportal/server/internal/config"
	"clientportal/server/internal/system"
	"clientportal/shared/api"
	"clientportal/shared/clock"
)

func TestAnOwnerWithAPasswordSignsInForANewTokenAndAWrongPasswordGetsNone(t *testing.T) {
	portalEnv(t, nil)
	if _, _, err := runPortal(t, "setup", "--workspace", "Acme", "--email", "owner@acme.test"); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.FromEnv()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if err := ownerPassword(context.Background(), cfg, []string{"--email", "owner@acme.test"}, strings.NewReader("correct horse battery\n"), &stderr); err != nil {
		t.Fatalf("owner-password: %v", err)
	}
	if err := ownerPassword(context.Background(), cfg, []string{"--email", "owner@acme.test"}, strings.NewReader("short\n"), &stderr); err == nil || !strings.Contains(userMessage(err), "10 to 200") {
		t.Fatalf("a short password was not refused with the rule: %v", err)
	}
	sys, err := system.Open(context.Background(), cfg, clock.NewOffset())
	if err != nil {
		t.Fatal(err)
	}
	defer sys.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go sys.App.Listener(ln)
	defer sys.App.Shutdown()
	base := "http://" + ln.Addr().String()
	ctx := context.Background()
	tok, err := api.IssueOwnerToken(ctx, base, api.OwnerTokenRequest{Email: "OWNER@acme.test ", Password: "correct horse battery"}, nil)
	if err != nil || tok.Workspace.Name != "Acme" {
		t.Fatalf("sign-in with the right password: %+v %v", tok, err)
	}
	if p, err := api.NewClient(base, tok.Token, nil).Portal(ctx); err != nil || p.Workspace.Name != "Acme" {
		t.Fatalf("the new token does not reach the workspace: %+v %v", p, err)
	}
	_, err = api.IssueOwnerToken(ctx, base, api.OwnerTokenRequest{Email: "owner@acme.test", Password: "wrong horse battery"}, nil)
	if !api.IsStatus(err, 401) {
		t.Fatalf("a wrong password answered %v, want 401", err)
	}
	_, err = api.IssueOwnerToken(ctx, base, api.OwnerTokenRequest{Email: "nobody@acme.test", Password: "correct horse battery"}, nil)
	if !api.IsStatus(err, 401) {
		t.Fatalf("an unknown owner answered %v, want 401", err)
	}
}
