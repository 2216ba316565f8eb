package ui

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestLoginEmailToAllMatchingContactsCoversEveryPageOfTheFilter(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	owner := ownerClient(portal)
	seedContacts(t, owner, "many", 120)
	for _, e := range []string{"a@invited.test", "b@invited.test"} {
		if _, err := owner.Invite(testenv.Context(t), api.InviteRequest{Email: e}, ""); err != nil {
			t.Fatal(err)
		}
	}
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	_, body := post(t, h, "/login-emails/all", url.Values{"status": {"not_invited"}})
	if !strings.Contains(body, "all 120 contacts") {
		t.Fatalf("sending to all did not ask first with the count:\n%s", body)
	}
	_, body = post(t, h, "/login-emails/all", url.Values{"status": {"not_invited"}, "confirmed": {"1"}})
	id := regexp.MustCompile(`id="bulk-(bulk-\d+)"`).FindStringSubmatch(body)
	if id == nil {
		t.Fatalf("no bulk job started:\n%s", body)
	}
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(body, "Done.") {
		if time.Now().After(deadline) {
			t.Fatalf("bulk job did not finish:\n%s", body)
		}
		time.Sleep(50 * time.Millisecond)
		_, body = get(t, h, "/bulk/"+id[1])
	}
	for _, want := range []string{`<span id="bulk-done">120</span> of <span id="bulk-total">120</span>`, "120 delivered, 0 waiting in the outbox, 0 failed."} {
		if !strings.Contains(body, want) {
			t.Fatalf("bulk result lacks %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, "@invited.test") {
		t.Fatal("contacts outside the status filter were emailed")
	}
}
