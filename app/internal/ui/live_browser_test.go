package ui

import (
	"testing"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestBrowserAnInviteMadeElsewhereShowsUpLiveWithANotice(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx, waitText("#count-invited", "0"))
	// Wait until the app follows the event stream before the change happens.
	waitOnline(t, h)

	_, err := ownerClient(portal).Invite(testenv.Context(t), api.InviteRequest{Email: "elsewhere@example.test", Name: "Elsewhere"}, "")
	if err != nil {
		t.Fatal(err)
	}
	do(t, ctx,
		waitText("#count-invited", "1"),
		waitText("#notices", "Invited"),
	)
	if got := eval[string](t, ctx, `document.querySelector("#notices").textContent`); got == "" {
		t.Fatal("no notice shown")
	}
}
