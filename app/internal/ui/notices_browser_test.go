package ui

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestBrowserAClickWhereAFadedNoticeWasReachesWhatLiesUnderIt(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	waitOnline(t, h)

	// Notices fade after a few seconds; the test makes them fade at once.
	do(t, ctx, chromedp.Navigate(h.UI.URL+"/dashboard/"), waitText("#main", "Invited users"))
	eval[bool](t, ctx, `(function(){var s=document.createElement("style");s.textContent=".notice{animation-duration:1.5s !important}";document.head.appendChild(s);
		window.clicked=[];document.addEventListener("click",function(e){window.clicked.push(e.target.closest("#notices")?"notices":(e.target.id||e.target.tagName))},true);return true})()`)
	for i := range 4 {
		if _, err := ownerClient(portal).Invite(testenv.Context(t), api.InviteRequest{Email: fmt.Sprintf("toast-%d@example.test", i)}, ""); err != nil {
			t.Fatal(err)
		}
	}
	do(t, ctx, waitText("#notices", "toast-3@example.test"))
	box := eval[[]float64](t, ctx, `(function(){var r=document.getElementById("notices").getBoundingClientRect();return [r.left+r.width/2, r.top+r.height/2, r.height]})()`)
	if box[2] == 0 {
		t.Fatal("the notices never showed")
	}
	do(t, ctx, waitJS(`document.querySelectorAll("#notices .notice").length === 0`, "the notices to fade and leave"))

	// Put a button where the notices were, and click there as a person would.
	eval[bool](t, ctx, fmt.Sprintf(`(function(){var b=document.createElement("button");b.id="under";b.textContent="Under";
		b.style.cssText="position:fixed;left:%fpx;top:%fpx;transform:translate(-50%%,-50%%)";document.body.appendChild(b);return true})()`, box[0], box[1]))
	do(t, ctx, chromedp.MouseClickXY(box[0], box[1]))
	if got := eval[[]string](t, ctx, `window.clicked`); len(got) != 1 || got[0] != "under" {
		t.Fatalf("the click where the faded notices were reached %v, want the button under them", got)
	}
}
