package web_test

import (
	"bufio"
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"clientportal/shared/api"
	"clientportal/shared/testpdf"
)

// clientPost sends the reply form of /messages as htmx does, with an optional file.
func (lp *livePortal) clientPost(c *http.Client, body, fileName string, file []byte) (int, string) {
	lp.t.Helper()
	m := csrfField.FindStringSubmatch(get(lp.t, c, lp.origin()+"/messages"))
	if m == nil {
		lp.t.Fatal("the messages page has no form token")
	}
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.WriteField("_csrf", m[1])
	w.WriteField("body", body)
	if file != nil {
		fw, _ := w.CreateFormFile("file", fileName)
		fw.Write(file)
	}
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, lp.origin()+"/messages", &buf)
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("HX-Request", "true")
	req.Header.Set("X-CSRF-Token", m[1])
	res, err := c.Do(req)
	if err != nil {
		lp.t.Fatal(err)
	}
	defer res.Body.Close()
	return res.StatusCode, readAll(res)
}

// ownerEvents streams the owner API's events into a channel until the test ends.
func (lp *livePortal) ownerEvents(token string) <-chan api.Event {
	ch, open := make(chan api.Event, 64), make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	lp.t.Cleanup(cancel)
	cl := api.NewClient("http://localhost:"+lp.port, token, lp.httpClient())
	go cl.StreamEvents(ctx, 0, func() { close(open) }, func(e api.Event) { ch <- e })
	select {
	case <-open:
	case <-time.After(10 * time.Second):
		lp.t.Fatal("the owner event stream did not open")
	}
	return ch
}

// clientEvents streams the names of a signed-in client's /events.
func (lp *livePortal) clientEvents(c *http.Client) <-chan string {
	ch := make(chan string, 64)
	ctx, cancel := context.WithCancel(context.Background())
	lp.t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, lp.origin()+"/events", nil)
	stream := &http.Client{Jar: c.Jar, Transport: c.Transport}
	res, err := stream.Do(req)
	if err != nil || res.StatusCode != 200 {
		lp.t.Fatalf("client event stream: %v %v", err, res)
	}
	go func() {
		defer res.Body.Close()
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			if name, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
				ch <- name
			}
		}
	}()
	return ch
}

func waitEvent[T any](t *testing.T, ch <-chan T, match func(T) bool, what string) T {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case e := <-ch:
			if match(e) {
				return e
			}
		case <-deadline:
			t.Fatalf("no %s within 10 s", what)
		}
	}
}

func TestAClientsMessageReachesTheOwnersStreamAndTheOwnersReplyReachesOnlyThatClient(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	bob := lp.newContact("Bob Other", "bob@example.test")
	owner := lp.ownerEvents(lp.acme.Token)
	adaC, bobC := lp.signIn(ada), lp.signIn(bob)
	adaEvents, bobEvents := lp.clientEvents(adaC), lp.clientEvents(bobC)

	status, thread := lp.clientPost(adaC, "Hello <b>there</b>, see https://example.test/brief", "", nil)
	if status != 200 || !strings.Contains(thread, `&lt;b&gt;there`) || !strings.Contains(thread, `<a href="https://example.test/brief"`) {
		t.Fatalf("after sending, the thread (%d) does not show the escaped text and the link:\n%s", status, thread)
	}
	e := waitEvent(t, owner, func(e api.Event) bool { return e.Type == api.EventMessageCreated }, "message.created on the owner stream")
	if e.Data["contact_id"] != ada || e.Data["author"] != "client" {
		t.Errorf("message.created data %v", e.Data)
	}
	var inbox api.Inbox
	lp.ownerAPI(http.MethodGet, "/api/v1/messages", nil, &inbox)
	if len(inbox.Threads) != 1 || inbox.Threads[0].Unread != 1 || inbox.Threads[0].Contact.ID != ada {
		t.Fatalf("inbox %+v, want Ada's thread with 1 unread", inbox)
	}
	var reply api.Message
	lp.ownerAPI(http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: ada, Body: "**Thanks**, on it."}, &reply)
	waitEvent(t, adaEvents, func(n string) bool { return n == "messages" }, "messages event on Ada's page stream")
	if page := get(t, adaC, lp.origin()+"/messages/thread"); !strings.Contains(page, "<strong>Thanks</strong>, on it.") {
		t.Errorf("Ada's thread misses the reply:\n%s", page)
	}
	select {
	case n := <-bobEvents:
		t.Errorf("Bob's page was told %q about Ada's conversation", n)
	case <-time.After(300 * time.Millisecond):
	}
	lp.ownerAPI(http.MethodPost, "/api/v1/messages/read", api.ReadRequest{ContactID: ada}, nil)
	var th api.Thread
	lp.ownerAPI(http.MethodGet, "/api/v1/messages?contact_id="+url.QueryEscape(ada), nil, &th)
	if len(th.Messages) != 2 || th.Unread != 0 || th.Messages[0].ReadAt == nil || th.Messages[1].ReadAt == nil {
		t.Errorf("thread after both sides read: %d messages, %d unread, read %v %v", len(th.Messages), th.Unread, th.Messages[0].ReadAt, th.Messages[1].ReadAt)
	}
}

func TestMessageRefusalsSayWhyAndStoreNothing(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	other := lp.otherWorkspace()
	_, b := lp.call(other, http.MethodPost, "/api/v1/contacts", map[string]string{"name": "Stranger", "email": "s@globex.test"})
	var stranger api.Contact
	_ = jsonInto(b, &stranger)
	c := lp.signIn(ada)
	if status, page := lp.clientPost(c, "   ", "", nil); status != 422 || !strings.Contains(page, "Write a message or attach a file.") {
		t.Errorf("an empty message: %d %s", status, page)
	}
	if status, page := lp.clientPost(c, "see file", "invoice.pdf", []byte("MZ\x90\x00 not a pdf")); status != 415 || !strings.Contains(page, "Attach a PDF, PNG or JPEG") {
		t.Errorf("an executable named .pdf: %d %s", status, page)
	}
	if status, body := lp.call(lp.acme.Token, http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: stranger.ID, Body: "hi"}); status != 404 {
		t.Errorf("a message to another workspace's contact: %d %s", status, body)
	}
	if status, _ := lp.call(lp.acme.Token, http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: ada, Body: ""}); status != 422 {
		t.Errorf("an empty owner message answers %d, want 422", status)
	}
	var th api.Thread
	lp.ownerAPI(http.MethodGet, "/api/v1/messages?contact_id="+ada, nil, &th)
	if len(th.Messages) != 0 {
		t.Fatalf("refused messages were stored: %+v", th.Messages)
	}
	pdf := testpdf.Text("Typed by its content, not its name")
	if status, page := lp.clientPost(c, "", "scan.bin", pdf); status != 200 || !strings.Contains(page, "scan.pdf") {
		t.Fatalf("a real PDF with a wrong name: %d %s", status, page)
	}
	lp.ownerAPI(http.MethodGet, "/api/v1/messages?contact_id="+ada, nil, &th)
	if len(th.Messages) != 1 || th.Messages[0].Attachment == nil || th.Messages[0].Attachment.ContentType != "application/pdf" {
		t.Fatalf("the attachment was not stored as a PDF: %+v", th.Messages)
	}
	if status, _ := lp.call(other, http.MethodGet, th.Messages[0].Attachment.URL, nil); status != 404 {
		t.Errorf("another workspace downloads the attachment with %d, want 404", status)
	}
}

func TestAnUnreadReplyIsEmailedOnceAfterTheDelayAndAReadOneIsNot(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	bob := lp.newContact("Bob Reader", "bob@example.test")
	bobC := lp.signIn(bob)
	for _, body := range []string{"First", "Second", "Third"} {
		lp.ownerAPI(http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: ada, Body: body}, nil)
	}
	lp.ownerAPI(http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: bob, Body: "Hi Bob"}, nil)
	get(t, bobC, lp.origin()+"/messages")
	if n := len(lp.emailsTo("ada@example.test")); n != 0 {
		t.Fatalf("%d emails went out before the delay", n)
	}
	lp.clock.Advance(lp.sys.Messages.NotifyDelay + time.Second)
	lp.sys.Queue.Notify()
	deadline := time.Now().Add(15 * time.Second)
	for len(lp.emailsTo("ada@example.test")) == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	lp.clock.Advance(lp.sys.Messages.QuietPeriod + time.Minute)
	lp.sys.Queue.Notify()
	time.Sleep(300 * time.Millisecond) // a second email, if one were due, is sent now
	mails := lp.emailsTo("ada@example.test")
	if len(mails) != 1 || !strings.Contains(mails[0].Subject, "3 new messages") || !strings.Contains(mails[0].TextBody, "/messages/open/") {
		t.Fatalf("Ada got %d emails, want exactly one about 3 new messages with a login link: %+v", len(mails), mails)
	}
	if n := len(lp.emailsTo("bob@example.test")); n != 0 {
		t.Errorf("Bob read his message and still got %d emails", n)
	}
}

// benchEvents is clientEvents for benchmarks: it keeps only "messages" events.
func (lp *livePortal) benchEvents(c *http.Client) <-chan string {
	ch := make(chan string, 16)
	ctx, cancel := context.WithCancel(context.Background())
	lp.t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, lp.origin()+"/events", nil)
	res, err := (&http.Client{Jar: c.Jar, Transport: c.Transport}).Do(req)
	if err != nil || res.StatusCode != 200 {
		lp.t.Fatalf("client event stream: %v %v", err, res)
	}
	go func() {
		defer res.Body.Close()
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			if sc.Text() == "event: messages" {
				select {
				case ch <- "messages":
				default:
				}
			}
		}
	}()
	return ch
}
