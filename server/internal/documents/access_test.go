package documents_test

import (
	"bytes"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"clientportal/shared/api"
)

// loginByMagicLink signs a contact in on host through an owner's magic link.
func (p *portal) loginByMagicLink(token, host, contactID string) *browser {
	p.t.Helper()
	a := p.apiReq("POST", "/api/v1/contacts/"+contactID+"/magic-links", token, nil, "")
	var ml api.MagicLink
	mustJSON(p.t, a.body, &ml)
	u, _ := url.Parse(ml.URL)
	b := p.browser(host)
	if r := b.post(u.Path, u.Path, url.Values{}); r.status != http.StatusSeeOther {
		p.t.Fatalf("magic link login: %d", r.status)
	}
	return b
}

func TestOnlyTheSignerSeesSignsAndDownloadsADocument(t *testing.T) {
	p := newPortal(t, "sqlite")
	jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
	bob := p.contact(p.acme.Token, "bob@example.com", "Bob Roe")
	d := p.sentDocument(p.acme.Token, "Jane's contract", jane, contractPDF())
	globex := p.setup("Globex")
	gina := p.contact(globex.Token, "gina@example.com", "Gina")

	strangers := map[string]*browser{
		"another client":                       p.loginByMagicLink(p.acme.Token, "acme.localhost:8080", bob.ID),
		"a client of another workspace":        p.loginByMagicLink(globex.Token, "globex.localhost:8080", gina.ID),
		"a client of another workspace (acme)": p.loginByMagicLink(globex.Token, "globex.localhost:8080", gina.ID),
	}
	strangers["a client of another workspace (acme)"].host = "acme.localhost:8080"
	for who, b := range strangers {
		t.Run(who, func(t *testing.T) {
			for _, path := range []string{"/documents/" + d.ID, "/documents/" + d.ID + "/pdf", "/documents/" + d.ID + "/download", "/documents/" + d.ID + "/status"} {
				a := b.request("GET", path, nil)
				if b.host == "globex.localhost:8080" || who == "another client" {
					if a.status != http.StatusNotFound {
						t.Errorf("GET %s answered %d, want 404", path, a.status)
					}
				}
				if a.status == http.StatusOK || bytes.HasPrefix(a.body, []byte("%PDF")) || strings.Contains(a.text(), "Jane's contract") {
					t.Errorf("GET %s showed the document (%d)", path, a.status)
				}
			}
			if b.host != "acme.localhost:8080" || who == "another client" {
				a := b.post("/dashboard", "/documents/"+d.ID+"/sign", signForm(t))
				if a.status != http.StatusNotFound {
					t.Errorf("POST sign answered %d, want 404", a.status)
				}
			}
		})
	}
	t.Run("no session", func(t *testing.T) {
		b := p.browser("acme.localhost:8080")
		for _, path := range []string{"/documents/" + d.ID, "/documents/" + d.ID + "/pdf", "/documents/" + d.ID + "/download"} {
			if a := b.request("GET", path, nil); a.status == http.StatusOK || bytes.HasPrefix(a.body, []byte("%PDF")) {
				t.Errorf("GET %s without a session answered %d", path, a.status)
			}
		}
	})
	t.Run("the owner of another workspace", func(t *testing.T) {
		for _, r := range [][2]string{{"GET", ""}, {"GET", "/original"}, {"GET", "/final"}, {"POST", "/send"}} {
			a := p.apiReq(r[0], "/api/v1/documents/"+d.ID+r[1], globex.Token, nil, "")
			if a.status != http.StatusNotFound || strings.Contains(a.text(), "Jane") {
				t.Errorf("%s %s with another workspace's token answered %d %s, want 404", r[0], r[1], a.status, a.text())
			}
		}
		var l api.DocumentList
		mustJSON(t, p.apiReq("GET", "/api/v1/documents", globex.Token, nil, "").body, &l)
		if len(l.Documents) != 0 {
			t.Errorf("another workspace lists %d documents", len(l.Documents))
		}
	})
	if got := p.document(p.acme.Token, d.ID); got.Status != api.DocumentSent {
		t.Fatalf("strangers moved the document to %q", got.Status)
	}
}

func TestTwoRacingSignRequestsMakeOneFinalCopy(t *testing.T) {
	p := newPortal(t, "postgres")
	jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
	d := p.sentDocument(p.acme.Token, "Race", jane, contractPDF())
	b := p.browser("acme.localhost:8080")
	b.openLink(p.signLink("jane@example.com"))
	page := b.request("GET", "/documents/"+d.ID, nil)
	form := signForm(t)
	form.Set("_csrf", csrfField.FindStringSubmatch(page.text())[1])
	var wg sync.WaitGroup
	statuses := make([]int, 4)
	for i := range statuses {
		req := b.formRequest("/documents/"+d.ID+"/sign", form)
		wg.Add(1)
		go func() { defer wg.Done(); statuses[i] = p.do(req).status }()
	}
	wg.Wait()
	for _, s := range statuses {
		if s != http.StatusSeeOther {
			t.Fatalf("racing sign requests answered %v, want all 303", statuses)
		}
	}
	p.runJobs()
	got := p.document(p.acme.Token, d.ID)
	if got.Status != api.DocumentCompleted || countActions(got, "signed") != 1 || countActions(got, "sealed") != 1 {
		t.Fatalf("after racing signs: status %q, %d signed, %d sealed; want completed, 1, 1", got.Status, countActions(got, "signed"), countActions(got, "sealed"))
	}
}

func TestDeclineTellsTheOwnerAndTheDocumentCanNoLongerBeSigned(t *testing.T) {
	p := newPortal(t, "sqlite")
	jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
	d := p.sentDocument(p.acme.Token, "Offer", jane, contractPDF())
	b := p.browser("acme.localhost:8080")
	b.openLink(p.signLink("jane@example.com"))
	if a := b.post("/documents/"+d.ID, "/documents/"+d.ID+"/decline", url.Values{"reason": {""}}); a.status != http.StatusUnprocessableEntity || !strings.Contains(a.text(), "why you decline") {
		t.Fatalf("decline without a reason: %d", a.status)
	}
	if a := b.post("/documents/"+d.ID, "/documents/"+d.ID+"/decline", url.Values{"reason": {"The price is wrong."}}); a.status != http.StatusSeeOther {
		t.Fatalf("decline: %d %.300s", a.status, a.text())
	}
	if page := b.request("GET", "/documents/"+d.ID, nil).text(); !strings.Contains(page, "You declined this document") || strings.Contains(page, "sign-form") {
		t.Fatalf("the page after declining still offers to sign: %.300s", page)
	}
	if a := b.post("/documents/"+d.ID, "/documents/"+d.ID+"/sign", signForm(t)); a.status != http.StatusConflict {
		t.Fatalf("signing a declined document answered %d, want 409", a.status)
	}
	got := p.document(p.acme.Token, d.ID)
	if got.Status != api.DocumentDeclined || got.DeclineReason != "The price is wrong." {
		t.Fatalf("document %q reason %q", got.Status, got.DeclineReason)
	}
	es := p.emailsTo("owner@acme.test")
	if len(es) == 0 || !strings.Contains(es[len(es)-1].TextBody, "The price is wrong.") {
		t.Fatalf("the owner's email does not give the reason: %+v", es)
	}
}

// formRequest builds a form POST with the browser's cookies, safe to send
// from another goroutine.
func (b *browser) formRequest(path string, form url.Values) *http.Request {
	req, _ := http.NewRequest("POST", "http://"+b.host+path, strings.NewReader(form.Encode()))
	req.Host = b.host
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for k, v := range b.cookies {
		req.AddCookie(&http.Cookie{Name: k, Value: v})
	}
	return req
}
