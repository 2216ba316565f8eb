package web_test

import (
	"bufio"
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/events"
	"clientportal/server/internal/store"
)

func TestTheClientEventStreamNamesOnlyThisClientsChangesAndCarriesNoDetails(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	bob := lp.newContact("Bob Stranger", "bob@example.test")
	c := lp.signIn(ada)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, lp.origin()+"/events", nil)
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if ct := res.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("/events is %q", ct)
	}
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	if first := <-lines; first != "retry: 3000" {
		t.Fatalf("stream starts with %q", first)
	}
	other, err := lp.sys.Workspaces.Setup(ctx, "Other Co", "owner@other.test")
	if err != nil {
		t.Fatal(err)
	}
	emit := func(workspaceID, typ string, data map[string]any) {
		err := lp.sys.Store.InTx(ctx, func(tx *store.Tx) error { return events.Emit(tx, workspaceID, typ, data) })
		if err != nil {
			t.Fatal(err)
		}
	}
	ws := lp.acme.Workspace.ID
	emit(ws, "document.sent", map[string]any{"document_id": "d-bob", "contact_id": bob})
	emit(other.Workspace.ID, "document.sent", map[string]any{"document_id": "d-other", "contact_id": ada})
	emit(ws, "contact.joined", map[string]any{"contact_id": ada, "email": "ada@example.test"})
	emit(ws, "document.sent", map[string]any{"document_id": "d-ada-secret-title", "contact_id": ada})
	emit(ws, "message.created", map[string]any{"message_id": "m1", "contact_id": ada})

	var got []string
	for len(got) < 4 {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("stream ended; got %q", got)
			}
			if strings.HasPrefix(l, "event:") || strings.HasPrefix(l, "data:") {
				got = append(got, l)
			}
		case <-ctx.Done():
			t.Fatalf("timed out; got %q", got)
		}
	}
	want := "event: documents|data: documents|event: messages|data: messages"
	if strings.Join(got, "|") != want {
		t.Errorf("stream sent %q, want only Ada's changes, named without details: %q", strings.Join(got, "|"), want)
	}
}

func TestARevokedClientsOpenEventStreamEndsAtOnce(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	c := lp.signIn(ada)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, lp.origin()+"/events", nil)
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	sc := bufio.NewScanner(res.Body)
	if !sc.Scan() || sc.Text() != "retry: 3000" {
		t.Fatalf("the stream did not open: %q", sc.Text())
	}
	lp.ownerAPI(http.MethodPost, "/api/v1/contacts/"+ada+"/revoke-access", nil, nil)
	var got []string
	for sc.Scan() {
		if l := sc.Text(); strings.HasPrefix(l, "event:") {
			got = append(got, l)
		}
	}
	if ctx.Err() != nil {
		t.Fatalf("the stream was still open 10 s after access was revoked (events %q)", got)
	}
	if len(got) == 0 || got[len(got)-1] != "event: ended" {
		t.Errorf("the stream ended without saying so: %q", got)
	}
}
