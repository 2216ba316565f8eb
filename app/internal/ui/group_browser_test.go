package ui

import (
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestBrowserAGroupPostByAMemberShowsUpInTheOpenFeedWithoutAReload(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	client, base := clientSession(t, portal, grace.ID)
	owner := ownerClient(portal)
	g, err := owner.CreateGroup(testenv.Context(t), api.GroupInput{Name: "Book club"}, "")
	if err == nil {
		_, err = owner.AddGroupMembers(testenv.Context(t), g.ID, []string{grace.ID}, "")
	}
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	waitOnline(t, h)
	do(t, ctx,
		chromedp.Navigate(h.UI.URL+"/groups/"),
		chromedp.Click("#group-item-"+g.ID+" button"),
		waitText("#group-feed", "No posts yet"),
	)
	markPage(t, ctx)
	memberPosts(t, client, base, g.ID, "Hello from Grace")
	do(t, ctx,
		waitText("#group-feed", "Hello from Grace"),
		chromedp.SendKeys("#post-body", "Welcome, Grace"),
		chromedp.Click(`#post-form button[type="submit"]`),
		waitText("#group-feed", "Welcome, Grace"),
		waitJS(`document.querySelector("#post-body").value === ""`, "the post box to clear"),
	)
	assertNotReloaded(t, ctx, "a member's post and the owner's reply")
	assertAccessible(t, ctx, "the groups page")
}
