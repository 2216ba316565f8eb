package web_test

import (
	"net/http"
	"strings"
	"testing"
)

func TestTheDashboardGreetsTheClientByNameWithInitialsAndListsTheirDocuments(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	lp.sendDocument(ada, "Consulting agreement 2025")
	c := lp.signIn(ada)
	body := get(t, c, lp.origin()+"/dashboard")
	if missing := contains(body, "Welcome, Ada", `aria-hidden="true">AL</span>`, "Consulting agreement 2025",
		"1 document is waiting for your signature.", "Acme Studio"); missing != "" {
		t.Fatalf("the dashboard lacks %s:\n%s", missing, body)
	}
}

func TestEachQuickActionShowsAnHonestCountAndReachesASectionThatSaysWhatWillAppear(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	c := lp.signIn(lp.newContact("Ada Lovelace", "ada@example.test"))
	body := get(t, c, lp.origin()+"/dashboard")
	for _, tile := range []struct{ href, title, status, empty string }{
		{"/courses", "Courses", "None in progress", "When Acme Studio enrols you in a course"},
		{"/invoices", "Invoices", "Nothing to pay", "When Acme Studio bills you"},
		{"/messages", "Messages", "No unread messages", "When Acme Studio writes to you"},
		{"/groups", "Groups", "No new posts", "When Acme Studio adds you to a community group"},
	} {
		if missing := contains(body, `href="`+tile.href+`"`, `<span class="tile-title">`+tile.title, tile.status); missing != "" {
			t.Errorf("the %s tile lacks %s", tile.title, missing)
		}
		section := get(t, c, lp.origin()+tile.href)
		if missing := contains(section, "<h1>"+tile.title+"</h1>", "Nothing here yet", tile.empty, `href="`+tile.href+`" aria-current="page"`); missing != "" {
			t.Errorf("%s lacks %s", tile.href, missing)
		}
	}
	if strings.Contains(body, `class="count"`) {
		t.Errorf("a tile shows a count badge while no section has anything for the client")
	}
}

func TestTheDocumentsFragmentIsTheDashboardListAloneAndIsNeverCached(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	c := lp.signIn(ada)
	dash := get(t, c, lp.origin()+"/dashboard")
	if missing := contains(dash, `data-sse-connect="/events"`, `data-hx-get="/dashboard/documents"`, "No documents yet"); missing != "" {
		t.Fatalf("the dashboard's documents section lacks %s", missing)
	}
	lp.sendDocument(ada, "Statement of work")
	res, err := c.Get(lp.origin() + "/dashboard/documents")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	frag := readAll(res)
	if res.Header.Get("Cache-Control") != "no-store" || !strings.Contains(frag, "Statement of work") || strings.Contains(frag, "<html") {
		t.Fatalf("fragment: Cache-Control %q, want no-store and the list alone with the new document:\n%s", res.Header.Get("Cache-Control"), frag)
	}
	all := get(t, c, lp.origin()+"/documents")
	if missing := contains(all, "<h1>Documents</h1>", "Statement of work", `data-hx-get="/dashboard/documents?all=1"`); missing != "" {
		t.Fatalf("/documents lacks %s", missing)
	}
}

func TestClientPagesSendSomeoneWithoutASessionToTheLoginPage(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	c := lp.httpClient()
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	for _, path := range []string{"/dashboard", "/documents", "/invoices", "/courses", "/messages", "/groups", "/profile", "/events", "/avatars/me", "/dashboard/documents"} {
		res, err := c.Get(lp.origin() + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/login") {
			t.Errorf("%s without a session: %d to %q, want 303 to the login page", path, res.StatusCode, res.Header.Get("Location"))
		}
	}
}
