package documents_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"clientportal/shared/api"
	"clientportal/shared/testpdf"
)

// encrypt protects a PDF with qpdf: a user password (needed to open it) or
// only an owner password (it opens, but is still encrypted).
func encrypt(t *testing.T, pdf []byte, user, owner string) []byte {
	t.Helper()
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.pdf"), filepath.Join(dir, "out.pdf")
	os.WriteFile(in, pdf, 0o600)
	run(t, "qpdf", "--encrypt", user, owner, "256", "--", in, out)
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestUploadRefusalsSayWhatIsWrongAndStoreNothing(t *testing.T) {
	p := newPortal(t, "sqlite")
	jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
	good := contractPDF()
	tooLarge := append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte("0"), 25<<20)...)
	cases := []struct {
		name   string
		file   []byte
		status int
		code   string
		says   string
	}{
		{"garbage", []byte("\x00\x01\x02 not a document at all"), 415, api.CodeUnsupportedMedia, "not a PDF"},
		{"html renamed", []byte("<!DOCTYPE html><html><body>Contract</body></html>"), 415, api.CodeUnsupportedMedia, "not a PDF"},
		{"truncated", good[:len(good)/2], 422, api.CodeValidation, "damaged or incomplete"},
		{"user password", encrypt(t, good, "secret", "owner"), 422, api.CodeValidation, "password"},
		{"owner password only", encrypt(t, good, "", "owner"), 422, api.CodeValidation, "password"},
		{"too many pages", testpdf.Pages(501), 422, api.CodeValidation, "500 pages"},
		{"too large", tooLarge, 413, api.CodeTooLarge, "25 MB"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := p.upload(p.acme.Token, "Contract", jane.ID, "", c.file)
			var eb api.ErrorBody
			if err := json.Unmarshal(a.body, &eb); err != nil || a.status != c.status || eb.Error.Code != c.code {
				t.Fatalf("answered %d %s, want %d %s", a.status, a.text(), c.status, c.code)
			}
			if !strings.Contains(eb.Error.Message, c.says) || eb.Error.Fields["file"] == "" {
				t.Errorf("message %q (fields %v) does not say %q about the file", eb.Error.Message, eb.Error.Fields, c.says)
			}
		})
	}
	t.Run("form problems", func(t *testing.T) {
		for name, a := range map[string]answer{
			"no title":        p.upload(p.acme.Token, " ", jane.ID, "", good),
			"unknown signer":  p.upload(p.acme.Token, "Contract", "nobody", "", good),
			"field off page":  p.upload(p.acme.Token, "Contract", jane.ID, `[{"kind":"signature","page":1,"x":0.9,"y":0.5,"w":0.3,"h":0.1}]`, good),
			"field page 3":    p.upload(p.acme.Token, "Contract", jane.ID, `[{"kind":"signature","page":3,"x":0.1,"y":0.5,"w":0.3,"h":0.1}]`, good),
			"fields not JSON": p.upload(p.acme.Token, "Contract", jane.ID, `signature here`, good),
			"no file":         p.upload(p.acme.Token, "Contract", jane.ID, "", nil),
		} {
			if a.status != http.StatusUnprocessableEntity {
				t.Errorf("%s: answered %d %s, want 422", name, a.status, a.text())
			}
		}
		a := p.apiReq("POST", "/api/v1/documents", p.acme.Token, strings.NewReader(`{"title":"x"}`), "application/json")
		if a.status != http.StatusUnsupportedMediaType || !strings.Contains(a.text(), "multipart/form-data") {
			t.Errorf("a JSON upload answered %d %s, want 415 asking for multipart", a.status, a.text())
		}
	})
	var l api.DocumentList
	mustJSON(t, p.apiReq("GET", "/api/v1/documents", p.acme.Token, nil, "").body, &l)
	if len(l.Documents) != 0 {
		t.Fatalf("refused uploads left %d documents", len(l.Documents))
	}
}

func TestUploadWithoutFieldsGetsASignatureBlockOnTheLastPage(t *testing.T) {
	p := newPortal(t, "sqlite")
	jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
	a := p.upload(p.acme.Token, "Contract", jane.ID, "", testpdf.Pages(3))
	var d api.Document
	mustJSON(t, a.body, &d)
	if a.status != http.StatusCreated || d.Status != api.DocumentDraft || d.Pages != 3 || len(d.Fields) == 0 {
		t.Fatalf("upload: %d %+v", a.status, d)
	}
	if d.Fields[0].Kind != api.FieldSignature || d.Fields[0].Page != 3 {
		t.Errorf("default field %+v, want a signature on page 3", d.Fields[0])
	}
	if len(d.Audit) != 1 || d.Audit[0].Action != "uploaded" {
		t.Errorf("audit %+v, want one uploaded entry", d.Audit)
	}
	var l api.DocumentList
	mustJSON(t, p.apiReq("GET", "/api/v1/documents?status=draft", p.acme.Token, nil, "").body, &l)
	if len(l.Documents) != 1 {
		t.Errorf("?status=draft lists %d documents, want 1", len(l.Documents))
	}
	mustJSON(t, p.apiReq("GET", "/api/v1/documents?status=completed", p.acme.Token, nil, "").body, &l)
	if len(l.Documents) != 0 {
		t.Errorf("?status=completed lists %d documents, want 0", len(l.Documents))
	}
	orig := p.apiReq("GET", "/api/v1/documents/"+d.ID+"/original", p.acme.Token, nil, "")
	if orig.header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(orig.header.Get("Content-Disposition"), `attachment; filename="Contract.pdf"`) {
		t.Errorf("original download headers %v", orig.header)
	}
	if fin := p.apiReq("GET", "/api/v1/documents/"+d.ID+"/final", p.acme.Token, nil, ""); fin.status != http.StatusConflict {
		t.Errorf("final of a draft answered %d, want 409", fin.status)
	}
}

// verifyUpload posts a PDF to the public verify page on host.
func (p *portal) verifyUpload(host string, pdf []byte) answer {
	p.t.Helper()
	b := p.browser(host)
	page := b.request("GET", "/verify", nil)
	m := csrfField.FindStringSubmatch(page.text())
	if m == nil {
		p.t.Fatalf("verify page %d has no form: %.300s", page.status, page.text())
	}
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.WriteField("_csrf", m[1])
	part, _ := w.CreateFormFile("file", "copy.pdf")
	part.Write(pdf)
	w.Close()
	req, _ := http.NewRequest("POST", "http://"+host+"/verify", &buf)
	req.Host = host
	req.Header.Set("Content-Type", w.FormDataContentType())
	for k, v := range b.cookies {
		req.AddCookie(&http.Cookie{Name: k, Value: v})
	}
	return p.do(req)
}

func TestVerifyTellsAGenuineFinalCopyFromAChangedOne(t *testing.T) {
	p := newPortal(t, "sqlite")
	jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
	d := p.sentDocument(p.acme.Token, "Lease", jane, contractPDF())
	b := p.browser("acme.localhost:8080")
	b.openLink(p.signLink("jane@example.com"))
	b.post("/documents/"+d.ID, "/documents/"+d.ID+"/sign", signForm(t))
	p.runJobs()
	final := b.request("GET", "/documents/"+d.ID+"/download", nil).body

	for _, host := range []string{"localhost:8080", "acme.localhost:8080"} {
		a := p.verifyUpload(host, final)
		if a.status != http.StatusOK || !strings.Contains(a.text(), "Genuine and unchanged") || !strings.Contains(a.text(), "Jane Doe") || !strings.Contains(a.text(), "Lease") {
			t.Errorf("verify on %s of the final copy: %d %.600s", host, a.status, a.text())
		}
	}
	changed := bytes.Clone(final)
	i := bytes.Index(changed, []byte("Service agreement"))
	if i < 0 {
		i = len(changed) / 3
	}
	changed[i] ^= 0x01
	a := p.verifyUpload("localhost:8080", changed)
	if strings.Contains(a.text(), "Genuine and unchanged") || !strings.Contains(a.text(), "changed after it was signed") {
		t.Errorf("verify of a copy with one changed byte: %d %s", a.status, a.text()[strings.Index(a.text(), "<main"):])
	}
	if a := p.verifyUpload("localhost:8080", contractPDF()); !strings.Contains(a.text(), "Not a final copy from this portal") {
		t.Errorf("verify of an unsigned PDF: %.400s", a.text())
	}
	if a := p.verifyUpload("localhost:8080", []byte("<html>")); a.status != http.StatusUnsupportedMediaType || !strings.Contains(a.text(), "not a PDF") {
		t.Errorf("verify of HTML: %d %.300s", a.status, a.text())
	}
	up := p.upload(p.acme.Token, "Again", jane.ID, "", final)
	if up.status != http.StatusUnprocessableEntity || !strings.Contains(up.text(), "already digitally signed") {
		t.Errorf("uploading a signed final copy answered %d %s, want 422 already signed", up.status, up.text())
	}
}
