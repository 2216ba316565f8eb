package web_test

import (
	"net/http"
	"testing"
	"time"

	"clientportal/shared/api"
	"clientportal/testkit/browsertest"
)

func TestALoginEmailToAContactNeverInvitedCountsThemAsInvitedSoJoinedNeverExceedsInvited(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			lp := newLivePortal(t, dialect)
			ada := lp.newContact("Ada Lovelace", "ada@example.test")
			lp.ownerAPI(http.MethodPost, "/api/v1/login-emails", api.LoginEmailsRequest{ContactIDs: []string{ada}}, nil)
			var c api.Contact
			for deadline := time.Now().Add(10 * time.Second); c.Status != api.StatusInvited && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
				lp.ownerAPI(http.MethodGet, "/api/v1/contacts/"+ada, nil, &c) // the batch is made by the job queue
			}
			var p api.Portal
			lp.ownerAPI(http.MethodGet, "/api/v1/portal", nil, &p)
			if c.Status != api.StatusInvited || c.InvitedAt == nil || p.Invited != 1 {
				t.Fatalf("after a login email the contact is %s (invited at %v) and the portal counts %d invited", c.Status, c.InvitedAt, p.Invited)
			}
			b := browsertest.New(t, phone)
			lp.signInBrowser(b, ada)
			lp.ownerAPI(http.MethodGet, "/api/v1/portal", nil, &p)
			if p.Joined > p.Invited {
				t.Errorf("Joined %d is more than Invited %d", p.Joined, p.Invited)
			}
		})
	}
}
