package web_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"clientportal/shared/api"
	"clientportal/testkit/browsertest"
)

func TestSendWaitsForTextAndARefusedMessageSaysWhyNextToTheField(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/messages"))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#send-message`)))
	disabled := `document.querySelector("#send-message").disabled`
	if !browsertest.Value(b, chromedp.Evaluate[bool](disabled)) {
		t.Error("Send is enabled with nothing written")
	}
	b.Run(chromedp.SendKeys(chromedp.CSS(`#message-body`), "   ", chromedp.NodeVisible))
	if !browsertest.Value(b, chromedp.Evaluate[bool](disabled)) {
		t.Error("Send is enabled with only spaces written")
	}
	// The server refuses it too: forced through, the reason shows under the field.
	browsertest.Value(b, chromedp.Evaluate[bool](`(() => { document.querySelector(".message-form").requestSubmit(); return true; })()`))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#message-body-error`)))
	if got := b.Text(`#message-body-error`); got == "" {
		t.Error("the refusal shows no reason")
	}
	if id := browsertest.Value(b, chromedp.Evaluate[string](`document.activeElement.id`)); id != "message-body" {
		t.Errorf("after the refusal the focus is on %q, want the message field", id)
	}
	b.Run(chromedp.SendKeys(chromedp.CSS(`#message-body`), "Hello there", chromedp.NodeVisible))
	if browsertest.Value(b, chromedp.Evaluate[bool](disabled)) {
		t.Fatal("Send stays disabled with text written")
	}
	b.Run(chromedp.Click(chromedp.CSS(`#send-message`), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#thread .message-mine`)))
	if browsertest.Value(b, chromedp.Evaluate[bool](`!!document.querySelector("#message-body-error")`)) {
		t.Error("the old reason stays after a message went out")
	}
}

func TestARefusedCommentSaysWhyNextToItsField(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	group := lp.newGroupOf("Founders circle", ada)
	lp.ownerAPI(http.MethodPost, "/api/v1/groups/"+group+"/posts", api.PostInput{Body: "Welcome, everyone"}, nil)
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/groups/" + group))
	input := `#group-feed .comment-form input[name=body]`
	b.Run(chromedp.WaitVisible(chromedp.CSS(input)))
	if !browsertest.Value(b, chromedp.Evaluate[bool](`document.querySelector("#group-feed .comment-form button[type=submit]").disabled`)) {
		t.Error("the comment button is enabled with nothing written")
	}
	b.Run(chromedp.SendKeys(chromedp.CSS(input), "  ", chromedp.NodeVisible))
	browsertest.Value(b, chromedp.Evaluate[bool](`(() => { const f = document.querySelector("#group-feed .comment-form");
		f.querySelector("button[type=submit]").disabled = false; f.querySelector("button[type=submit]").click(); return true; })()`))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#group-feed .comment-form .field-error`)))
	focused := browsertest.Value(b, chromedp.Evaluate[bool](`document.activeElement === document.querySelector("#group-feed .comment-form input[name=body]")`))
	if !focused {
		t.Error("after a refused comment the focus is not on the comment field")
	}
}

func TestPostWaitsForTextOrAPicture(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	group := lp.newGroupOf("Founders circle", ada)
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/groups/" + group))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`.post-submit`)))
	disabled := `document.querySelector(".post-submit").disabled`
	if !browsertest.Value(b, chromedp.Evaluate[bool](disabled)) {
		t.Error("Post is enabled with nothing written and no picture")
	}
	b.Run(chromedp.SetUploadFiles(chromedp.CSS(`#post-image`), []string{writeTemp(t, "p.png", photo(t, 40, 40))}, chromedp.NodeReady))
	enabled := browsertest.Value(b, chromedp.Poll[bool](`!document.querySelector(".post-submit").disabled`, chromedp.WithPollingTimeout(5*time.Second)))
	if !enabled {
		t.Error("Post stays disabled with a picture chosen")
	}
}
