package e2e

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/shared/api"
)

func TestCustomValuesListEveryKeyWithTheContactFieldsAndTemplatesRefuseUnknownOnes(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			s := open(t, dialect)
			mustCall(s, http.MethodPost, "/api/v1/contact-fields", api.ContactField{Key: "company", Label: "Company"}, nil)
			var list api.CustomValueList
			mustCall(s, http.MethodGet, "/api/v1/custom-values", nil, &list)
			got := map[string]api.CustomValue{}
			for _, v := range list.Values {
				got[v.Key] = v
			}
			for _, k := range []string{"contact.first_name", "contact.email", "portal.magic_link", "portal.login_code", "invoice.link", "document.sign_link", "contact.fields.company"} {
				if got[k].Label == "" || got[k].Example == "" {
					t.Errorf("custom value %s is missing or has no label and example: %+v", k, got[k])
				}
			}

			_, err := s.owner.SaveEmailTemplate(context.Background(), "login", api.EmailTemplate{Subject: "Hi {{contact.nickname}}", Body: "Log in: {{portal.magic_link}}"})
			if !api.IsStatus(err, 422) || !strings.Contains(err.Error(), "{{contact.nickname}}") {
				t.Fatalf("a template with {{contact.nickname}} answered %v, want 422 naming it", err)
			}
			saved, err := s.owner.SaveEmailTemplate(context.Background(), "login", api.EmailTemplate{Subject: "Hi {{contact.first_name}} of {{contact.fields.company}}",
				Body: "Log in: {{portal.magic_link}} or {{portal.login_code}}"})
			if err != nil || !strings.Contains(saved.Subject, "{{contact.fields.company}}") {
				t.Fatalf("a template with the company field was not saved: %v", err)
			}

			var jane api.Contact
			mustCall(s, http.MethodPost, "/api/v1/contacts", api.NewContact{Email: "jane@client.test", Name: "Jane Doe",
				Fields: map[string]string{"company": "Widgets Ltd"}}, &jane)
			s.sys.Start(context.Background())
			if _, err := s.owner.SendLoginEmails(context.Background(), []string{jane.ID}, ""); err != nil {
				t.Fatal(err)
			}
			m := s.waitEmails(1, 10*time.Second)[0]
			if m.Subject != "Hi Jane of Widgets Ltd" || m.Link == "" || !strings.Contains(m.Text, m.Link) {
				t.Errorf("login email subject %q, link %q: want the company filled in and a fresh link", m.Subject, m.Link)
			}
		})
	}
}
