package e2e

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/api"
)

// ownerCall sends one owner API request and returns the API's error, if any.
func ownerCall(s *server, owner *api.Client, method, path string, body, out any) *api.Error {
	s.t.Helper()
	err := owner.Do(context.Background(), api.Request{Method: method, Path: path, Body: body}, out)
	if err == nil {
		return nil
	}
	var ae *api.Error
	if !errors.As(err, &ae) {
		s.t.Fatalf("%s %s: %v", method, path, err)
	}
	return ae
}

// mustCall is ownerCall that fails the test on an error answer.
func mustCall(s *server, method, path string, body, out any) {
	s.t.Helper()
	if ae := ownerCall(s, s.owner, method, path, body, out); ae != nil {
		s.t.Fatalf("%s %s: %d %s %v", method, path, ae.Status, ae.Message, ae.Fields)
	}
}

func TestContactFieldsAreDefinedSetOnCreateChangedByPatchAndShownInEveryContact(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			s := open(t, dialect)
			var f api.ContactField
			mustCall(s, http.MethodPost, "/api/v1/contact-fields", api.ContactField{Key: "company", Label: "Company"}, &f)
			mustCall(s, http.MethodPost, "/api/v1/contact-fields", api.ContactField{Key: "plan", Label: "Plan"}, nil)
			var list api.ContactFieldList
			mustCall(s, http.MethodGet, "/api/v1/contact-fields", nil, &list)
			if len(list.Fields) != 2 || list.Fields[0].Key != "company" || list.Fields[0].Label != "Company" {
				t.Fatalf("fields listed %+v, want company then plan", list.Fields)
			}

			var jane api.Contact
			mustCall(s, http.MethodPost, "/api/v1/contacts", api.NewContact{Email: "jane@client.test", Name: "Jane Doe",
				Fields: map[string]string{"company": "Acme Widgets"}}, &jane)
			if jane.Fields["company"] != "Acme Widgets" {
				t.Fatalf("created contact's fields %v, want company Acme Widgets", jane.Fields)
			}
			name, phone := "Jane Roe", "+1 415 555 2671"
			var patched api.Contact
			mustCall(s, http.MethodPatch, "/api/v1/contacts/"+jane.ID, api.ContactChange{Name: &name, Phone: &phone,
				Fields: map[string]string{"plan": "gold", "company": ""}}, &patched)
			if patched.Name != "Jane Roe" || patched.Phone != "+14155552671" || patched.Fields["plan"] != "gold" || patched.Fields["company"] != "" {
				t.Fatalf("patched contact %+v: want name Jane Roe, phone +14155552671, plan gold and no company", patched)
			}
			listed, err := s.owner.Contacts(context.Background(), api.ContactQuery{})
			if err != nil || len(listed.Contacts) != 1 || listed.Contacts[0].Fields["plan"] != "gold" {
				t.Fatalf("contact list %+v (%v): want Jane with plan gold", listed.Contacts, err)
			}

			mustCall(s, http.MethodDelete, "/api/v1/contact-fields/plan", nil, nil)
			var after api.Contact
			mustCall(s, http.MethodGet, "/api/v1/contacts/"+jane.ID, nil, &after)
			if len(after.Fields) != 0 || after.Fields == nil {
				t.Errorf("after deleting the plan field the contact shows fields %v, want {}", after.Fields)
			}
		})
	}
}

func TestContactFieldsRefuseBadKeysUnknownFieldsAndOtherWorkspaces(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			s := open(t, dialect)
			mustCall(s, http.MethodPost, "/api/v1/contact-fields", api.ContactField{Key: "company", Label: "Company"}, nil)
			for _, bad := range []api.ContactField{{Key: "Company", Label: "Company"}, {Key: "vat-number", Label: "VAT"}, {Key: "vat", Label: ""}} {
				if ae := ownerCall(s, s.owner, http.MethodPost, "/api/v1/contact-fields", bad, nil); ae == nil || ae.Status != 422 {
					t.Errorf("field %+v was not refused with 422 (%v)", bad, ae)
				}
			}
			if ae := ownerCall(s, s.owner, http.MethodPost, "/api/v1/contact-fields", api.ContactField{Key: "company", Label: "Firm"}, nil); ae == nil || ae.Status != 409 {
				t.Errorf("a second company field was not refused with 409 (%v)", ae)
			}
			ae := ownerCall(s, s.owner, http.MethodPost, "/api/v1/contacts", api.NewContact{Email: "jane@client.test",
				Fields: map[string]string{"shoe_size": "42"}}, nil)
			if ae == nil || ae.Status != 422 || !strings.Contains(ae.Fields["fields.shoe_size"], "shoe_size") {
				t.Fatalf("a contact with an unknown field answered %v, want 422 naming fields.shoe_size", ae)
			}
			if list, _ := s.owner.Contacts(context.Background(), api.ContactQuery{}); len(list.Contacts) != 0 {
				t.Errorf("the refused contact was saved: %+v", list.Contacts)
			}

			jane := s.contact("jane@client.test", "Jane")
			other := s.apiClient(s.setup("Globex", "owner@globex.test").Token)
			name := "Mallory"
			if ae := ownerCall(s, other, http.MethodPatch, "/api/v1/contacts/"+jane.ID, api.ContactChange{Name: &name}, nil); ae == nil || ae.Status != 404 {
				t.Errorf("another workspace's PATCH of Jane answered %v, want 404", ae)
			}
			var theirs api.ContactFieldList
			if ae := ownerCall(s, other, http.MethodGet, "/api/v1/contact-fields", nil, &theirs); ae != nil || len(theirs.Fields) != 0 {
				t.Errorf("another workspace sees fields %+v (%v), want none", theirs.Fields, ae)
			}
			if ae := ownerCall(s, other, http.MethodDelete, "/api/v1/contact-fields/company", nil, nil); ae == nil || ae.Status != 404 {
				t.Errorf("another workspace deleting Acme's company field answered %v, want 404", ae)
			}
			if got, _ := s.owner.Contact(context.Background(), jane.ID); got.Name != "Jane" {
				t.Errorf("Jane's name is %q after another workspace's PATCH, want Jane", got.Name)
			}
		})
	}
}
