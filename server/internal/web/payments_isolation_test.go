package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestAnotherWorkspacesClientCanNeitherSeeNorPayTheInvoice(t *testing.T) {
	stripeURL, rec := startStripe(t)
	lp := newPayPortal(t, "sqlite", stripeURL)
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	bob := lp.newContact("Bob Stranger", "bob@example.test")
	lp.connectStripe(lp.acme.Token, testKeys)
	inv := lp.issueInvoice(lp.draftInvoice(ada))
	c := lp.signIn(bob)
	page := get(t, c, lp.origin()+"/invoices")
	if strings.Contains(page, inv.Number) {
		t.Errorf("another client's list shows the invoice")
	}
	token := csrfField.FindStringSubmatch(page)[1]
	res, err := noRedirects(c).PostForm(lp.origin()+"/invoices/"+inv.ID+"/pay", url.Values{"_csrf": {token}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 404 || lp.clientStatus(c, "/invoices/"+inv.ID) != 404 {
		t.Errorf("another client paying: %d (and opening %d), want 404", res.StatusCode, lp.clientStatus(c, "/invoices/"+inv.ID))
	}

	// A client of another workspace, signed in on that workspace's portal.
	globex := lp.otherWorkspace()
	lp.connectStripe(globex, testKeys)
	var carol struct{ ID string }
	_, b := lp.call(globex, http.MethodPost, "/api/v1/contacts", map[string]string{"name": "Carol", "email": "carol@globex.test"})
	_ = jsonInto(b, &carol)
	var link struct{ URL string }
	_, b = lp.call(globex, http.MethodPost, "/api/v1/contacts/"+carol.ID+"/magic-links", nil)
	_ = jsonInto(b, &link)
	gc := lp.httpClient()
	m := csrfField.FindStringSubmatch(get(t, gc, link.URL))
	res, err = gc.PostForm(link.URL, url.Values{"_csrf": {m[1]}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	origin := res.Request.URL.Scheme + "://" + res.Request.URL.Host
	page = get(t, gc, origin+"/invoices")
	res, err = noRedirects(gc).PostForm(origin+"/invoices/"+inv.ID+"/pay", url.Values{"_csrf": {csrfField.FindStringSubmatch(page)[1]}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 404 || strings.Contains(page, inv.Number) {
		t.Errorf("Globex's client paying Acme's invoice: %d, want 404", res.StatusCode)
	}
	for _, call := range rec.calls() {
		if call.Path == "/v1/checkout/sessions" {
			t.Errorf("a Checkout Session was created for someone else's invoice")
		}
	}
}
