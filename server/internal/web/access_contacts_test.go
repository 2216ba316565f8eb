package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"clientportal/server/internal/storetest"
	"clientportal/shared/api"
)

func TestTheContactListPagesThroughEveryContactOnceNewestFirst(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			var made []string
			for i := range 7 {
				made = append(made, p.accessContact(p.acme.Token, fmt.Sprintf("c%d@client.test", i), fmt.Sprintf("Client %d", i)).ID)
			}
			var got []string
			cursor := ""
			for page := 1; ; page++ {
				ans := p.api(http.MethodGet, "/api/v1/contacts?limit=3&cursor="+url.QueryEscape(cursor), p.acme.Token, "")
				mustStatus(t, ans, http.StatusOK)
				var l api.ContactList
				accessDecode(t, ans, &l)
				for _, c := range l.Contacts {
					got = append(got, c.ID)
				}
				if cursor = l.NextCursor; cursor == "" || page > 5 {
					break
				}
			}
			var want []string
			for i := len(made) - 1; i >= 0; i-- {
				want = append(want, made[i])
			}
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("pages of 3 gave %d contacts %v, want all 7 once, newest first %v", len(got), got, want)
			}
		})
	}
}

func TestTheContactListFiltersByStatusAndSearchesNameAndEmail(t *testing.T) {
	p := newPortal(t, "sqlite")
	p.accessContact(p.acme.Token, "ann@client.test", "Ann Lee")
	mustStatus(t, p.api(http.MethodPost, "/api/v1/invites", p.acme.Token, `{"email":"bob@other.test","name":"Bob 100% Stone"}`), http.StatusCreated)
	names := func(query string) string {
		var ns []string
		for _, c := range p.accessContacts(p.acme.Token, query) {
			ns = append(ns, c.Name)
		}
		return strings.Join(ns, ",")
	}
	for query, want := range map[string]string{
		"?status=invited": "Bob 100% Stone", "?status=not_invited": "Ann Lee", "?status=joined": "",
		"?q=ANN": "Ann Lee", "?q=other.test": "Bob 100% Stone", "?q=" + url.QueryEscape("100%"): "Bob 100% Stone",
		"?q=" + url.QueryEscape("%"): "Bob 100% Stone", "?q=_": "",
	} {
		if got := names(query); got != want {
			t.Errorf("%s lists %q, want %q", query, got, want)
		}
	}
	a := p.api(http.MethodGet, "/api/v1/contacts?status=active", p.acme.Token, "")
	if f := accessFields(t, a, http.StatusUnprocessableEntity, api.CodeValidation); f["status"] == "" {
		t.Errorf("an unknown status names no field: %s", a.body)
	}
}
