package documents_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/system"
	"clientportal/server/internal/systemtest"
	"clientportal/server/internal/workspace"
	"clientportal/shared/api"
	"clientportal/shared/testpdf"
)

// portal is the whole server on a fresh database, reached through its real
// router, with a workspace named Acme; its email stays in the dev mailbox.
type portal struct {
	t    *testing.T
	sys  *system.System
	acme workspace.Created
}

func newPortal(t *testing.T, dialect string) *portal {
	t.Helper()
	sys := systemtest.Open(t, dialect, map[string]string{"PORTAL_BASE_URL": "http://localhost:8080"})
	p := &portal{t: t, sys: sys}
	p.acme = p.setup("Acme")
	return p
}

func (p *portal) setup(name string) workspace.Created {
	p.t.Helper()
	c, err := p.sys.Workspaces.Setup(context.Background(), name, "owner@"+strings.ToLower(name)+".test")
	if err != nil {
		p.t.Fatal(err)
	}
	return c
}

// answer is what the server sent back.
type answer struct {
	status int
	header http.Header
	body   []byte
}

func (a answer) text() string { return string(a.body) }

// do sends one request through the real router.
func (p *portal) do(req *http.Request) answer {
	p.t.Helper()
	res, err := p.sys.App.Test(req, -1)
	if err != nil {
		p.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return answer{status: res.StatusCode, header: res.Header, body: b}
}

// apiReq is an owner API request with the token.
func (p *portal) apiReq(method, path, token string, body io.Reader, ctype string) answer {
	p.t.Helper()
	req := httptest.NewRequest(method, path, body)
	req.Host = "localhost:8080"
	req.Header.Set("Authorization", "Bearer "+token)
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	return p.do(req)
}

// contact makes a contact in the workspace of token.
func (p *portal) contact(token, email, name string) api.Contact {
	p.t.Helper()
	a := p.apiReq("POST", "/api/v1/contacts", token, strings.NewReader(fmt.Sprintf(`{"email":%q,"name":%q}`, email, name)), "application/json")
	if a.status != http.StatusCreated {
		p.t.Fatalf("create contact: %d %s", a.status, a.text())
	}
	var c api.Contact
	mustJSON(p.t, a.body, &c)
	return c
}

// upload posts a document; fields "" sends none.
func (p *portal) upload(token, title, signerID, fields string, pdf []byte) answer {
	p.t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.WriteField("title", title)
	w.WriteField("signer_contact_id", signerID)
	if fields != "" {
		w.WriteField("fields", fields)
	}
	part, _ := w.CreateFormFile("file", "contract.pdf")
	part.Write(pdf)
	w.Close()
	return p.apiReq("POST", "/api/v1/documents", token, &buf, w.FormDataContentType())
}

// sentDocument uploads and sends a document to signer, failing on any error.
func (p *portal) sentDocument(token, title string, signer api.Contact, pdf []byte) api.Document {
	p.t.Helper()
	a := p.upload(token, title, signer.ID, "", pdf)
	if a.status != http.StatusCreated {
		p.t.Fatalf("upload: %d %s", a.status, a.text())
	}
	var d api.Document
	mustJSON(p.t, a.body, &d)
	a = p.apiReq("POST", "/api/v1/documents/"+d.ID+"/send", token, nil, "")
	if a.status != http.StatusOK {
		p.t.Fatalf("send: %d %s", a.status, a.text())
	}
	mustJSON(p.t, a.body, &d)
	return d
}

func (p *portal) document(token, id string) api.Document {
	p.t.Helper()
	a := p.apiReq("GET", "/api/v1/documents/"+id, token, nil, "")
	if a.status != http.StatusOK {
		p.t.Fatalf("GET document: %d %s", a.status, a.text())
	}
	var d api.Document
	mustJSON(p.t, a.body, &d)
	return d
}

// runJobs runs due jobs until none is left.
func (p *portal) runJobs() {
	p.t.Helper()
	for i := 0; i < 20; i++ {
		n, err := p.sys.Queue.RunOnce(context.Background())
		if err != nil {
			p.t.Fatalf("run jobs: %v", err)
		}
		if n == 0 {
			return
		}
	}
}

var linkInText = regexp.MustCompile(`https?://[^\s]+/documents/[^\s/]+/open/[^\s]+`)

// emailsTo returns the messages queued for an address, oldest first.
func (p *portal) emailsTo(addr string) []model.Email {
	p.t.Helper()
	var es []model.Email
	err := p.sys.Store.View(context.Background(), func(tx *store.Tx) (err error) { es, err = tx.Emails().Recent("", 200); return err })
	if err != nil {
		p.t.Fatal(err)
	}
	var out []model.Email
	for i := len(es) - 1; i >= 0; i-- {
		if es[i].ToAddr == addr {
			out = append(out, es[i])
		}
	}
	return out
}

// signLink is the document link of the latest email to addr.
func (p *portal) signLink(addr string) string {
	p.t.Helper()
	es := p.emailsTo(addr)
	for i := len(es) - 1; i >= 0; i-- {
		if m := linkInText.FindString(es[i].TextBody); m != "" {
			return m
		}
	}
	p.t.Fatalf("no document link in the emails to %s", addr)
	return ""
}

// browser is a person's cookie jar on one host, for page requests.
type browser struct {
	p       *portal
	host    string
	cookies map[string]string
}

func (p *portal) browser(host string) *browser {
	return &browser{p: p, host: host, cookies: map[string]string{}}
}

func (b *browser) request(method, path string, form url.Values) answer {
	b.p.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req := httptest.NewRequest(method, path, body)
	req.Host = b.host
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for k, v := range b.cookies {
		req.AddCookie(&http.Cookie{Name: k, Value: v})
	}
	a := b.p.do(req)
	for _, c := range (&http.Response{Header: a.header}).Cookies() {
		b.cookies[c.Name] = c.Value
	}
	return a
}

var csrfField = regexp.MustCompile(`name="_csrf" value="([^"]+)"`)

// post sends a form with the CSRF token of the page at from.
func (b *browser) post(from, path string, form url.Values) answer {
	b.p.t.Helper()
	page := b.request("GET", from, nil)
	m := csrfField.FindStringSubmatch(page.text())
	if m == nil {
		b.p.t.Fatalf("no CSRF token on %s (%d): %.300s", from, page.status, page.text())
	}
	form.Set("_csrf", m[1])
	return b.request("POST", path, form)
}

// openLink logs in through a document link, as the email's button does.
func (b *browser) openLink(link string) answer {
	b.p.t.Helper()
	u, err := url.Parse(link)
	if err != nil {
		b.p.t.Fatal(err)
	}
	return b.post(u.Path, u.Path, url.Values{})
}

func mustJSON(t *testing.T, b []byte, out any) {
	t.Helper()
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("decode %q: %v", b, err)
	}
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	end := time.Now().Add(timeout)
	for time.Now().Before(end) {
		if cond() {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

// contractPDF is a two-page contract.
func contractPDF() []byte {
	return testpdf.Text("Service agreement between Acme and the client", "Page two: signatures")
}
