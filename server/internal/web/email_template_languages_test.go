package web_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/api"
)

func TestTheOwnerKeepsOneWordingOfTheInvitationPerLanguage(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			get := func(query string) api.EmailTemplate {
				t.Helper()
				a := p.api(http.MethodGet, "/api/v1/email-templates/invitation"+query, p.acme.Token, "")
				mustStatus(t, a, http.StatusOK)
				var tpl api.EmailTemplate
				accessDecode(t, a, &tpl)
				return tpl
			}
			if de := get("?language=de"); de.Language != "de" || !strings.Contains(de.Subject, "hat Sie in sein Kundenportal eingeladen") {
				t.Errorf("the German default reads %+v", de)
			}
			a := p.api(http.MethodPut, "/api/v1/email-templates/invitation", p.acme.Token,
				`{"language":"de","subject":"Willkommen bei {{workspace.name}}","body":"Hallo {{contact.first_name}}: {{portal.magic_link}}"}`)
			mustStatus(t, a, http.StatusOK)
			if de := get("?language=de"); de.Subject != "Willkommen bei {{workspace.name}}" {
				t.Errorf("the saved German wording reads %+v", de)
			}
			if en := get(""); en.Language != "en" || !strings.Contains(en.Subject, "invited you to their client portal") {
				t.Errorf("the workspace's default language kept its default wording: %+v", en)
			}

			a = p.api(http.MethodPut, "/api/v1/email-templates/invitation", p.acme.Token, `{"language":"xx","subject":"Hi","body":"{{portal.magic_link}}"}`)
			mustStatus(t, a, http.StatusUnprocessableEntity)
			var e struct {
				Error struct{ Fields map[string]string }
			}
			if err := json.Unmarshal([]byte(a.body), &e); err != nil || !strings.Contains(e.Error.Fields["language"], "zh-Hans") {
				t.Errorf("an unknown language is refused with %s; want the field language naming the supported codes", a.body)
			}
			mustStatus(t, p.api(http.MethodGet, "/api/v1/email-templates/invitation?language=klingon", p.acme.Token, ""), http.StatusUnprocessableEntity)

			invite := func(email, lang string) sentInvite {
				t.Helper()
				a := p.api(http.MethodPost, "/api/v1/contacts", p.acme.Token, `{"email":"`+email+`","name":"Jo Doe","language":"`+lang+`"}`)
				mustStatus(t, a, http.StatusCreated)
				var c api.Contact
				accessDecode(t, a, &c)
				mustStatus(t, p.api(http.MethodPost, "/api/v1/invites", p.acme.Token, `{"contact_id":"`+c.ID+`"}`), http.StatusCreated)
				for _, m := range p.accessEmails(p.acme.Workspace.ID) {
					if m.ToAddr == email {
						return sentInvite{Subject: m.Subject, Text: m.TextBody}
					}
				}
				t.Fatalf("no invitation to %s", email)
				return sentInvite{}
			}
			if m := invite("jo@example.test", "de"); m.Subject != "Willkommen bei Acme" || !strings.HasPrefix(m.Text, "Hallo Jo: ") {
				t.Errorf("a German client's invitation: %+v; want the owner's German wording", m)
			}
			if m := invite("ann@example.test", ""); !strings.Contains(m.Subject, "invited you to their client portal") {
				t.Errorf("a client without a language got %q; want the workspace's English default", m.Subject)
			}
			if m := invite("ola@example.test", "pl"); !strings.Contains(m.Subject, "zaprasza Cię") {
				t.Errorf("a Polish client, whose wording the owner never wrote, got %q; want the Polish default", m.Subject)
			}
		})
	}
}

// sentInvite is what a client reads of an invitation.
type sentInvite struct{ Subject, Text string }
