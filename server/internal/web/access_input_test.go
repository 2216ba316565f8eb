package web_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"clientportal/shared/api"
)

// accessFields decodes the per-field messages of an API error.
func accessFields(t *testing.T, a answer, status int, code string) map[string]string {
	t.Helper()
	apiError(t, a, status, code)
	var eb api.ErrorBody
	accessDecode(t, a, &eb)
	return eb.Error.Fields
}

func TestAMalformedEmailIsRefusedWith422ForTheEmailFieldAndNothingIsSaved(t *testing.T) {
	p := newPortal(t, "sqlite")
	bad := []string{"", "jane", "jane@", "@client.test", "jane@@client.test", "Jane <jane@client.test>", "jane@client.test, bob@client.test",
		"jane @client.test", strings.Repeat("a", 250) + "@client.test"}
	for _, e := range bad {
		for _, path := range []string{"/api/v1/contacts", "/api/v1/invites"} {
			a := p.api(http.MethodPost, path, p.acme.Token, `{"email":"`+e+`","name":"Jane"}`)
			if f := accessFields(t, a, http.StatusUnprocessableEntity, api.CodeValidation); f["email"] == "" && f["contact_id"] == "" {
				t.Errorf("POST %s with email %q: no message for the email field: %s", path, e, a.body)
			}
		}
	}
	if cs := p.accessContacts(p.acme.Token, ""); len(cs) != 0 {
		t.Errorf("malformed emails saved %d contact(s)", len(cs))
	}
	if got := p.portalOf(p.acme.Token); got.Invited != 0 || len(p.accessEmails(p.acme.Workspace.ID)) != 0 {
		t.Errorf("malformed invites counted %d or sent emails", got.Invited)
	}
}

func TestADuplicateEmailInAnotherCaseIsRefusedWith409AndAnInviteReusesTheContact(t *testing.T) {
	p := newPortal(t, "sqlite")
	jane := p.accessContact(p.acme.Token, "jane@client.test", "Jane Doe")
	a := p.api(http.MethodPost, "/api/v1/contacts", p.acme.Token, `{"email":"JANE@Client.TEST","name":"Jane Again"}`)
	if f := accessFields(t, a, http.StatusConflict, api.CodeConflict); !strings.Contains(f["email"], "JANE@Client.TEST") {
		t.Errorf("409 does not say which email is taken: %s", a.body)
	}
	inv := p.api(http.MethodPost, "/api/v1/invites", p.acme.Token, `{"email":"Jane@CLIENT.test","name":"Jane"}`)
	mustStatus(t, inv, http.StatusCreated)
	var r api.InviteResult
	accessDecode(t, inv, &r)
	if r.Contact.ID != jane.ID || r.Contact.Name != "Jane Doe" {
		t.Errorf("inviting the same email in another case made or changed a contact: %+v", r.Contact)
	}
	if cs := p.accessContacts(p.acme.Token, ""); len(cs) != 1 {
		t.Errorf("%d contacts, want Jane once", len(cs))
	}
}

func TestAnUnknownContactIDAnswers404OnEveryContactRoute(t *testing.T) {
	p := newPortal(t, "sqlite")
	const id = "7d1b6c1e-1111-4e5e-9b7a-000000000000"
	for _, c := range [][3]string{
		{http.MethodGet, "/api/v1/contacts/" + id, ""},
		{http.MethodPost, "/api/v1/contacts/" + id + "/magic-links", ""},
		{http.MethodPost, "/api/v1/contacts/" + id + "/revoke-access", ""},
		{http.MethodPost, "/api/v1/invites", `{"contact_id":"` + id + `"}`},
	} {
		a := p.api(c[0], c[1], p.acme.Token, c[2])
		if msg := apiError(t, a, http.StatusNotFound, api.CodeNotFound); !strings.Contains(msg, "contact") {
			t.Errorf("%s %s: message %q does not say the contact is missing", c[0], c[1], msg)
		}
	}
	a := p.api(http.MethodPost, "/api/v1/login-emails", p.acme.Token, `{"contact_ids":["`+id+`"]}`)
	if f := accessFields(t, a, http.StatusUnprocessableEntity, api.CodeValidation); f["contact_ids"] == "" {
		t.Errorf("login email to an unknown contact names no field: %s", a.body)
	}
}

func TestALinkLifetimeOutOfRangeIsRefusedNamingTheFieldAndChangesNothing(t *testing.T) {
	p := newPortal(t, "sqlite")
	for _, c := range []struct{ field, value string }{
		{"magic_link_ttl_seconds", "59"}, {"magic_link_ttl_seconds", "0"}, {"magic_link_ttl_seconds", "-900"},
		{"magic_link_ttl_seconds", "604801"}, {"login_email_ttl_seconds", "30"}, {"login_email_ttl_seconds", "2592001"},
	} {
		a := p.api(http.MethodPatch, "/api/v1/portal/settings", p.acme.Token, `{"`+c.field+`":`+c.value+`,"accent_color":"#000000"}`)
		if f := accessFields(t, a, http.StatusUnprocessableEntity, api.CodeValidation); !strings.Contains(f[c.field], "seconds") {
			t.Errorf("%s=%s: no message for the field: %s", c.field, c.value, a.body)
		}
	}
	got := p.portalOf(p.acme.Token).Settings
	if got.MagicLinkTTLSeconds != 900 || got.LoginEmailTTLSeconds != 86400 || got.AccentColor == "#000000" {
		t.Errorf("refused settings changed the workspace: %+v", got)
	}
}

func TestATemplateWithAnUnknownMergeFieldIsRefusedNamingItAndNothingIsSaved(t *testing.T) {
	p := newPortal(t, "sqlite")
	before := p.api(http.MethodGet, "/api/v1/email-templates/invitation", p.acme.Token, "")
	mustStatus(t, before, http.StatusOK)
	a := p.api(http.MethodPut, "/api/v1/email-templates/invitation", p.acme.Token,
		`{"subject":"Hello {{contact.first_name}}","body":"You are {{contact.age}} years old. {{portal.magic_link}}"}`)
	f := accessFields(t, a, http.StatusUnprocessableEntity, api.CodeValidation)
	if !strings.Contains(f["body"], "{{contact.age}}") || f["subject"] != "" {
		t.Errorf("the refusal does not name {{contact.age}} in the body alone: %s", a.body)
	}
	if after := p.api(http.MethodGet, "/api/v1/email-templates/invitation", p.acme.Token, ""); after.body != before.body {
		t.Errorf("the refused template was saved:\nbefore %s\nafter  %s", before.body, after.body)
	}
}

func TestTheLoginLinkFormAnswersKnownAndUnknownEmailsAlikeAndRefusesAFloodWith429(t *testing.T) {
	p := newPortal(t, "sqlite")
	p.accessContact(p.acme.Token, "jane@client.test", "Jane Doe")
	host := "http://acme.localhost:8080"
	ask := func(email string) answer {
		return p.accessSubmit(host+"/login", host+"/login/link", nil, url.Values{"email": {email}})
	}
	known, unknown := ask("jane@client.test"), ask("nobody@client.test")
	if known.status != http.StatusOK || known.status != unknown.status {
		t.Fatalf("known email answered %d, unknown %d; want the same 200", known.status, unknown.status)
	}
	if k, u := accessMainText(known, "jane@client.test"), accessMainText(unknown, "nobody@client.test"); k != u || !strings.Contains(k, "Check your email") {
		t.Errorf("the answers differ or say nothing useful:\nknown   %s\nunknown %s", k, u)
	}
	p.accessRunJobs() // the emails are made by the job queue, after the answer
	if es := p.accessEmails(p.acme.Workspace.ID); len(es) != 1 || es[0].ToAddr != "jane@client.test" {
		t.Errorf("want one login email, to Jane; got %d", len(es))
	}

	for i := 2; i <= 5; i++ {
		if a := ask("JANE@client.test"); a.status != http.StatusOK {
			t.Fatalf("request %d for one email answered %d, want 200 up to 5", i, a.status)
		}
	}
	flood := ask("jane@client.test")
	if flood.status != http.StatusTooManyRequests || !strings.Contains(accessMainText(flood, ""), "wait 15 minutes") {
		t.Fatalf("the 6th request for one email answered %d: %s", flood.status, accessMainText(flood, ""))
	}
	p.accessRunJobs()
	if n := len(p.accessEmails(p.acme.Workspace.ID)); n != 5 {
		t.Errorf("%d login emails for Jane, want 5 (none after the limit)", n)
	}
	if a := ask("other@client.test"); a.status != http.StatusOK {
		t.Errorf("another email after one email's flood answered %d, want 200", a.status)
	}
}

var (
	accessMain = regexp.MustCompile(`(?s)<main[^>]*>(.*)</main>`)
	accessTags = regexp.MustCompile(`(?s)<[^>]*>`)
	accessWS   = regexp.MustCompile(`\s+`)
)

// accessMainText is the text of a page's main area with email replaced by a
// placeholder, so two answers can be compared.
func accessMainText(a answer, email string) string {
	body := a.body
	if m := accessMain.FindStringSubmatch(body); m != nil {
		body = m[1]
	}
	s := accessWS.ReplaceAllString(accessTags.ReplaceAllString(body, " "), " ")
	if email != "" {
		s = strings.ReplaceAll(s, email, "EMAIL")
	}
	return strings.TrimSpace(s)
}
