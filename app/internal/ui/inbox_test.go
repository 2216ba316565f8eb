package ui

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"clientportal/app/internal/testenv"
)

// clientWrites sends a message from the signed-in client through the portal's page.
func clientWrites(t *testing.T, c *http.Client, base, text string) {
	t.Helper()
	res, err := c.PostForm(base+"/messages", url.Values{"_csrf": {formToken(t, c, base+"/messages")}, "body": {text}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Request.URL.Path != "/messages" {
		t.Fatalf("client message: %d at %s", res.StatusCode, res.Request.URL)
	}
}

func TestTheInboxShowsAClientMessageLiveAndTheReplyReachesTheClient(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	client, base := clientSession(t, portal, grace.ID)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	waitOnline(t, h)
	if _, page := get(t, h, "/inbox/"); !strings.Contains(page, "No messages yet") {
		t.Fatalf("empty inbox:\n%s", page)
	}
	seen := h.App.Live.Status().Version
	clientWrites(t, client, base, "Could you resend the **contract**?")
	waitNotice(t, h, seen, "New message from")

	_, list := get(t, h, "/inbox/list")
	if !strings.Contains(list, "Grace Hopper") || !strings.Contains(list, `aria-label="1 unread"`) || !strings.Contains(list, "Could you resend") {
		t.Fatalf("inbox list after the client wrote:\n%s", list)
	}
	_, thread := get(t, h, "/inbox/"+grace.ID)
	if !strings.Contains(thread, "<strong>contract</strong>") || !strings.Contains(thread, `id="reply-form"`) {
		t.Fatalf("conversation:\n%s", thread)
	}
	if _, list = get(t, h, "/inbox/list"); strings.Contains(list, "unread-count") {
		t.Fatalf("opening the conversation did not mark it read:\n%s", list)
	}

	_, body := postMultipart(t, h, "/inbox/"+grace.ID, map[string]string{"body": "Sent again, see attached."}, "contract.png", smallPNG(t))
	if !strings.Contains(body, "Sent again, see attached.") || !strings.Contains(body, "contract.png") || strings.Contains(body, "message error") {
		t.Fatalf("reply:\n%s", body)
	}
	th, err := ownerClient(portal).Thread(testenv.Context(t), grace.ID)
	if err != nil || len(th.Messages) != 2 || th.Messages[1].Author != "owner" || th.Messages[1].Attachment == nil {
		t.Fatalf("server thread %+v (%v)", th, err)
	}
	res, err := client.Get(base + "/messages")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if page, _ := io.ReadAll(res.Body); !strings.Contains(string(page), "Sent again, see attached.") {
		t.Fatalf("the client does not see the reply:\n%s", page)
	}
}

func TestAnEmptyReplyIsRefusedAndNothingIsSent(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	_, body := post(t, h, "/inbox/"+grace.ID, url.Values{"body": {"   "}})
	if !strings.Contains(body, "Write a message or attach a file.") {
		t.Fatalf("empty reply:\n%s", body)
	}
	if th, _ := ownerClient(portal).Thread(testenv.Context(t), grace.ID); len(th.Messages) != 0 {
		t.Fatalf("an empty reply was stored: %+v", th.Messages)
	}
}

// waitNotice waits until the app shows a notice containing text after version seen.
func waitNotice(t *testing.T, h *harness, seen int64, text string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		for _, n := range h.App.Live.NoticesAfter(seen) {
			if strings.Contains(n.Text, text) {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no notice %q arrived from the event stream: %+v", text, h.App.Live.NoticesAfter(seen))
		}
		time.Sleep(50 * time.Millisecond)
	}
}
