package ui

import (
	"testing"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestBrowserJoinedShowsOfHowManyInvitedAndALoginEmailCountsAsAnInvite(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx, waitText("#count-joined-of", "of 0 invited"))
	waitOnline(t, h)

	owner := ownerClient(portal)
	c, err := owner.CreateContact(testenv.Context(t), api.NewContact{Email: "never-invited@example.test", Name: "Never Invited"}, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := owner.SendLoginEmails(testenv.Context(t), []string{c.ID}, ""); err != nil {
		t.Fatal(err)
	}
	do(t, ctx,
		waitText("#count-invited", "1"),
		waitText("#count-joined-of", "of 1 invited"),
	)
}
