package web_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"clientportal/server/internal/storetest"
	"clientportal/shared/api"
)

// isolationCase is one request of workspace B that names workspace A's data.
type isolationCase struct {
	name, method, path, body string
	status                   int
}

// Workspace isolation of the access routes: workspace B's owner token, with
// A's contact ids and batch, gets 404 or 422 and never A's data; A's session
// cookie, link and code do nothing on B's portal host.
func TestAnotherWorkspaceCannotReachAContactsLinksSessionsOrBatches(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			a, b := p.acme, p.setup("Bravo Studio", "owner@bravo.test")
			mustStatus(t, p.api(http.MethodPost, "/api/v1/invites", a.Token, `{"email":"jane@client.test","name":"Jane Doe"}`), http.StatusCreated)
			jane := p.accessContacts(a.Token, "")[0]
			session := p.accessLogin(p.accessMagicLink(a.Token, jane.ID))
			batch := p.api(http.MethodPost, "/api/v1/login-emails", a.Token, `{"contact_ids":["`+jane.ID+`"]}`)
			mustStatus(t, batch, http.StatusAccepted)
			var queued api.LoginEmailsResult
			accessDecode(t, batch, &queued)
			bob := p.accessContact(b.Token, "bob@bravo-client.test", "Bob Stone")
			emailsOfA := len(p.accessEmails(a.Workspace.ID))

			for _, c := range []isolationCase{
				{"show A's contact", http.MethodGet, "/api/v1/contacts/" + jane.ID, "", http.StatusNotFound},
				{"magic link for A's contact", http.MethodPost, "/api/v1/contacts/" + jane.ID + "/magic-links", "", http.StatusNotFound},
				{"revoke A's contact", http.MethodPost, "/api/v1/contacts/" + jane.ID + "/revoke-access", "", http.StatusNotFound},
				{"invite A's contact by id", http.MethodPost, "/api/v1/invites", `{"contact_id":"` + jane.ID + `"}`, http.StatusNotFound},
				{"login email to A's contact", http.MethodPost, "/api/v1/login-emails", `{"contact_ids":["` + jane.ID + `"]}`, http.StatusUnprocessableEntity},
				{"login email to B's and A's contacts", http.MethodPost, "/api/v1/login-emails", `{"contact_ids":["` + bob.ID + `","` + jane.ID + `"]}`, http.StatusUnprocessableEntity},
				{"A's login email batch", http.MethodGet, "/api/v1/login-emails/" + queued.BatchID, "", http.StatusNotFound},
			} {
				ans := p.api(c.method, c.path, b.Token, c.body)
				if ans.status != c.status {
					t.Errorf("%s: %d, want %d: %s", c.name, ans.status, c.status, ans.body)
				}
				if strings.Contains(ans.body, "jane@client.test") || strings.Contains(ans.body, "Jane") || strings.Contains(ans.body, "Acme") {
					t.Errorf("%s: B's answer shows A's data: %s", c.name, ans.body)
				}
			}

			for _, q := range []string{"", "?q=jane", "?status=joined", "?status=invited"} {
				for _, c := range p.accessContacts(b.Token, q) {
					if c.ID != bob.ID {
						t.Errorf("B's contact list %q includes %s <%s>", q, c.Name, c.Email)
					}
				}
			}
			if n := len(p.accessEmails(b.Workspace.ID)); n != 0 {
				t.Errorf("B's refused requests queued %d email(s)", n)
			}
			if got := p.portalOf(b.Token); got.Invited != 0 || got.Joined != 0 {
				t.Errorf("B's counts read invited %d, joined %d; want 0 and 0", got.Invited, got.Joined)
			}
			if got := p.portalOf(a.Token); got.Invited != 1 || got.Joined != 1 {
				t.Errorf("A's counts read invited %d, joined %d after B's tries; want 1 and 1", got.Invited, got.Joined)
			}

			aHost, bHost := "http://acme.localhost:8080", "http://bravo-studio.localhost:8080"
			if got := p.accessPage(http.MethodGet, bHost+"/dashboard", map[string]string{"portal_session": session}, nil); got.status != http.StatusSeeOther ||
				!strings.HasPrefix(got.header.Get("Location"), "/login") {
				t.Errorf("A's session cookie on B's host: %d to %q, want a redirect to B's login", got.status, got.header.Get("Location"))
			}
			if got := p.accessPage(http.MethodGet, aHost+"/dashboard", map[string]string{"portal_session": session}, nil); got.status != http.StatusOK {
				t.Errorf("A's session stopped working on A's host after B's tries: %d", got.status)
			}

			link := p.accessMagicLink(a.Token, jane.ID)
			onB := bHost + strings.TrimPrefix(link, aHost)
			if got := p.accessPage(http.MethodGet, onB, nil, nil); accessHeading(got) != "This link was already used or has expired" {
				t.Errorf("A's link on B's host shows %q, want the dead-link page", accessHeading(got))
			}
			if got := p.accessSubmit(onB, onB, nil, nil); got.status != http.StatusGone || accessCookie(got, "portal_session") != "" {
				t.Errorf("A's link posted on B's host: %d with session %q, want 410 and none", got.status, accessCookie(got, "portal_session"))
			}
			p.accessSubmit(onB, onB+"/renew", nil, nil)
			code := regexp.MustCompile(`enter the code ([0-9]{6})`).FindStringSubmatch(p.accessEmails(a.Workspace.ID)[0].TextBody)
			if code == nil {
				t.Fatalf("A's newest email has no code")
			}
			got := p.accessSubmit(bHost+"/login/code", bHost+"/login/code", nil, url.Values{"email": {"jane@client.test"}, "code": {code[1]}})
			if got.status != http.StatusUnauthorized || accessCookie(got, "portal_session") != "" {
				t.Errorf("A's code on B's host: %d with session %q, want 401 and none", got.status, accessCookie(got, "portal_session"))
			}
			if n := len(p.accessEmails(a.Workspace.ID)); n != emailsOfA {
				t.Errorf("B's host sent A's contact %d email(s)", n-emailsOfA)
			}
			p.accessLogin(link) // untouched by what B's host did with it
		})
	}
}

// accessContacts lists a workspace's contacts with a query string.
func (p *portal) accessContacts(token, query string) []api.Contact {
	p.t.Helper()
	ans := p.api(http.MethodGet, "/api/v1/contacts"+query, token, "")
	mustStatus(p.t, ans, http.StatusOK)
	var l api.ContactList
	accessDecode(p.t, ans, &l)
	return l.Contacts
}
