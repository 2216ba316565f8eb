package web_test

import (
	"net/http"
	"strings"
	"testing"

	"clientportal/server/internal/storetest"
	"clientportal/shared/api"
)

func TestAnotherWorkspaceAndAnotherClientCannotReachAConversationOnAnyRoute(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			lp := newLivePortal(t, dialect)
			ada := lp.newContact("Ada Lovelace", "ada@example.test")
			bob := lp.newContact("Bob Other", "bob@example.test")
			adaC := lp.signIn(ada)
			lp.clientPost(adaC, "Ada's private note", "x.png", []byte("\x89PNG\r\n\x1a\nrest"))
			var th api.Thread
			lp.ownerAPI(http.MethodGet, "/api/v1/messages?contact_id="+ada, nil, &th)
			if len(th.Messages) != 1 {
				t.Fatalf("Ada's thread has %d messages", len(th.Messages))
			}
			msg := th.Messages[0]
			other := lp.otherWorkspace()
			for _, r := range []struct {
				method, path string
				body         any
			}{
				{"GET", "/api/v1/messages?contact_id=" + ada, nil},
				{"GET", "/api/v1/messages/" + msg.ID + "/attachment", nil},
				{"POST", "/api/v1/messages", api.NewMessage{ContactID: ada, Body: "hi"}},
				{"POST", "/api/v1/messages/read", api.ReadRequest{ContactID: ada}},
			} {
				if status, body := lp.call(other, r.method, r.path, r.body); status != http.StatusNotFound {
					t.Errorf("another workspace's %s %s answers %d %s, want 404", r.method, r.path, status, body)
				}
			}
			var inbox api.Inbox
			_, b := lp.call(other, "GET", "/api/v1/messages", nil)
			if err := jsonInto(b, &inbox); err != nil || len(inbox.Threads) != 0 {
				t.Errorf("another workspace's inbox lists %d threads (%v)", len(inbox.Threads), err)
			}
			bobC := lp.signIn(bob)
			if got := lp.clientStatus(bobC, "/messages/"+msg.ID+"/attachment"); got != http.StatusNotFound {
				t.Errorf("another client downloads Ada's attachment with %d, want 404", got)
			}
			for _, p := range []string{"/messages", "/messages/thread"} {
				if page := get(t, bobC, lp.origin()+p); strings.Contains(page, "private note") {
					t.Errorf("Bob's %s shows Ada's message", p)
				}
			}
			lp.ownerAPI(http.MethodGet, "/api/v1/messages?contact_id="+ada, nil, &th)
			if len(th.Messages) != 1 || th.Unread != 1 {
				t.Errorf("after the other side's tries Ada's thread has %d messages, %d unread", len(th.Messages), th.Unread)
			}
		})
	}
}
