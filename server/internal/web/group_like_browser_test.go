package web_test

import (
	"net/http"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/shared/api"
	"clientportal/testkit/browsertest"
)

func TestClickingLikeBreaksNoContentSecurityRule(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	group := lp.newGroupOf("Founders circle", ada)
	lp.ownerAPI(http.MethodPost, "/api/v1/groups/"+group+"/posts", api.PostInput{Body: "Welcome, everyone"}, nil)
	for _, view := range []browsertest.Option{phone, laptop} {
		b := browsertest.New(t, view)
		lp.signInBrowser(b, ada)
		b.Run(chromedp.Navigate(lp.origin() + "/groups/" + group))
		b.WaitStreamsOpen(1)
		likeOnce(b, "true")
		b.Run(chromedp.SendKeys(chromedp.CSS(`.comment-form input[name=body]`), "Thanks!", chromedp.NodeVisible))
		b.Run(chromedp.Click(chromedp.CSS(`.comment-form button[type=submit]`), chromedp.NodeVisible))
		b.Run(chromedp.WaitVisible(chromedp.CSS(`.comment`)))
		// The comment swaps the post; Like is pressed on the settled one.
		b.Run(chromedp.WaitNotPresent(chromedp.CSS(`.post.htmx-settling`)))
		likeOnce(b, "false")
		if errs := b.ConsoleErrors(); len(errs) > 0 {
			t.Errorf("console errors after Like, a comment and Unlike: %q", errs)
		}
	}
}

// likeOnce clicks the post's Like button and waits until the swapped post
// says pressed and has settled (htmx has wired its new form).
func likeOnce(b *browsertest.Browser, pressed string) {
	b.Run(chromedp.Click(chromedp.CSS(`.post-like`), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`.post-like[aria-pressed="` + pressed + `"]`)))
	b.Run(chromedp.WaitNotPresent(chromedp.CSS(`.post.htmx-settling`)))
}

// A script may style a post through the CSSOM, which the policy allows;
// htmx then must not copy that style attribute onto the swapped post by
// setAttribute, which 'style-src' refuses ("Applying inline style violates
// the following Content Security Policy directive").
func TestLikeCountsTheLikeAndBreaksNoContentSecurityRuleEvenOnAStyledPost(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	group := lp.newGroupOf("Founders circle", ada)
	lp.ownerAPI(http.MethodPost, "/api/v1/groups/"+group+"/posts", api.PostInput{Body: "Welcome, everyone"}, nil)
	b := browsertest.New(t, laptop)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/groups/" + group))
	b.WaitStreamsOpen(1)
	if n := b.Text(`.post-likes`); n != "0" {
		t.Fatalf("a new post shows %q likes, want 0", n)
	}
	for _, step := range []struct{ pressed, likes string }{{"true", "1"}, {"false", "0"}} {
		browsertest.Value(b, chromedp.Evaluate[string](`document.querySelector(".post").style.outlineOffset = "2px"`))
		likeOnce(b, step.pressed)
		if n := b.Text(`.post-likes`); n != step.likes {
			t.Errorf("after pressing Like (pressed=%s) the post shows %q likes, want %s", step.pressed, n, step.likes)
		}
		if errs := b.ConsoleErrors(); len(errs) > 0 {
			t.Errorf("console errors after pressing Like (pressed=%s): %q", step.pressed, errs)
		}
	}
}
