package web_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/mail"
	"clientportal/server/internal/store"
)

func TestWithoutSMTPAQueuedEmailShowsAsSentInTheDevelopmentMailboxOnLoopback(t *testing.T) {
	p := newPortal(t, "sqlite")
	addr := p.listen(t)
	err := p.sys.Store.InTx(context.Background(), func(tx *store.Tx) error {
		_, err := mail.Queue(tx, mail.Draft{WorkspaceID: p.acme.Workspace.ID, Kind: "invitation", From: "no-reply@mail.acme.localhost",
			To: "client@example.com", Subject: "You are invited to Acme", Text: "Open http://acme.localhost:8080/", HTML: "<p>Open</p>"})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		status, body, cache := getMailbox(t, addr)
		if status != http.StatusOK {
			t.Fatalf("mailbox on loopback answered %d:\n%s", status, body)
		}
		if strings.Contains(body, "You are invited to Acme") && strings.Contains(body, "to client@example.com") && strings.Contains(body, "· sent") {
			if cache != "no-store" {
				t.Errorf("mailbox Cache-Control %q, want no-store", cache)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the email is not shown as sent in the mailbox:\n%s", body)
		}
	}
}

func TestTheDevelopmentMailboxIsHiddenFromOtherMachinesAndFromPortals(t *testing.T) {
	p := newPortal(t, "sqlite")
	// app.Test comes from a non-loopback address.
	if a := p.do(request{path: "/dev/mailbox"}); a.status != http.StatusNotFound {
		t.Errorf("mailbox from another machine answered %d", a.status)
	}
	if a := p.do(request{path: "/dev/mailbox", host: "acme.localhost:8080"}); a.status != http.StatusNotFound {
		t.Errorf("mailbox on a workspace's portal answered %d", a.status)
	}
}

func getMailbox(t *testing.T, addr string) (int, string, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/dev/mailbox", nil)
	req.Host = "localhost:8080"
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b), res.Header.Get("Cache-Control")
}
