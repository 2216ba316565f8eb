package web_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"clientportal/shared/testpdf"
)

// fiberParam is a route parameter as Fiber writes it (":id").
var fiberParam = regexp.MustCompile(`:([A-Za-z_][A-Za-z0-9_]*)`)

// ownerAPIRoutes are "METHOD /path" of every route the router serves under
// /api/v1, in OpenAPI's spelling ({id} for :id), without the catch-all.
func ownerAPIRoutes(p *portal) []string {
	seen := map[string]bool{}
	for _, r := range p.sys.App.GetRoutes(true) {
		if !strings.HasPrefix(r.Path, "/api/v1/") || strings.HasSuffix(r.Path, "*") || r.Method == http.MethodHead {
			continue
		}
		seen[r.Method+" "+fiberParam.ReplaceAllString(r.Path, "{$1}")] = true
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestEveryOwnerAPIRouteIsDescribedInOpenAPIAndEveryDescribedRouteExists(t *testing.T) {
	p := newPortal(t, "sqlite")
	doc := loadOpenAPI(t)
	served, documented := ownerAPIRoutes(p), doc.operations()
	if len(served) < 60 {
		t.Fatalf("only %d owner API routes found in the router; is the walk missing some?", len(served))
	}
	for _, r := range difference(served, documented) {
		t.Errorf("%s is served but not described in server/internal/web/api/openapi.yaml", r)
	}
	for _, r := range difference(documented, served) {
		t.Errorf("%s is described in openapi.yaml but the router has no such route", r)
	}
}

func difference(a, b []string) []string {
	in := map[string]bool{}
	for _, x := range b {
		in[x] = true
	}
	var out []string
	for _, x := range a {
		if !in[x] {
			out = append(out, x)
		}
	}
	return out
}

func TestTheOpenAPIDescriptionIsServedAsJSONWithoutAToken(t *testing.T) {
	p := newPortal(t, "sqlite")
	a := p.do(request{path: "/api/v1/openapi.json"})
	if a.status != http.StatusOK || !strings.HasPrefix(a.header.Get("Content-Type"), "application/json") {
		t.Fatalf("GET /api/v1/openapi.json without a token: %d %s", a.status, a.header.Get("Content-Type"))
	}
	var doc struct {
		OpenAPI string         `json:"openapi"`
		Paths   map[string]any `json:"paths"`
	}
	if err := json.Unmarshal([]byte(a.body), &doc); err != nil {
		t.Fatalf("the answer is not JSON: %v", err)
	}
	if doc.OpenAPI != "3.1.0" || doc.Paths["/api/v1/contacts"] == nil {
		t.Fatalf("openapi %q with %d paths, want 3.1.0 describing /api/v1/contacts", doc.OpenAPI, len(doc.Paths))
	}
}

func TestTheOpenAPIDescriptionIsStructurallyValidOpenAPI31(t *testing.T) {
	doc := loadOpenAPI(t)
	for _, problem := range openAPIProblems(doc) {
		t.Error(problem)
	}
}

// openAPIProblems checks what OpenAPI 3.1 requires of the document and what
// this API promises: every $ref resolves, every path parameter is declared,
// every operation has a unique id, a summary, a 2xx answer and a
// described error shape for its 4xx answers.
func openAPIProblems(doc openAPIDoc) []string {
	var out []string
	if v, _ := doc.root["openapi"].(string); !strings.HasPrefix(v, "3.1.") {
		out = append(out, fmt.Sprintf("openapi is %q, want 3.1.x", v))
	}
	info := obj(doc.root["info"])
	if info["title"] == nil || info["version"] == nil {
		out = append(out, "info needs a title and a version")
	}
	out = append(out, refProblems(doc, doc.root, "#")...)
	out = append(out, keywordProblems(doc.root, "#")...)
	schemes := obj(obj(doc.root["components"])["securitySchemes"])
	for _, req := range arr(doc.root["security"]) {
		for name := range obj(req) {
			if schemes[name] == nil {
				out = append(out, "security names the undefined scheme "+name)
			}
		}
	}
	ids := map[string]string{}
	for path, item := range obj(doc.root["paths"]) {
		if !strings.HasPrefix(path, "/api/v1/") {
			out = append(out, path+" is outside /api/v1/")
		}
		for _, m := range httpMethods {
			op := obj(obj(item)[m])
			if op == nil {
				continue
			}
			where := strings.ToUpper(m) + " " + path
			id, _ := op["operationId"].(string)
			if id == "" || ids[id] != "" {
				out = append(out, fmt.Sprintf("%s: operationId %q is missing or also used by %s", where, id, ids[id]))
			}
			ids[id] = where
			if op["summary"] == nil {
				out = append(out, where+" has no summary")
			}
			out = append(out, paramProblems(doc, path, obj(item), op, where)...)
			out = append(out, responseProblems(doc, op, where)...)
		}
	}
	return out
}

// refProblems finds every $ref in v that does not resolve.
func refProblems(doc openAPIDoc, v any, at string) []string {
	var out []string
	switch t := v.(type) {
	case map[string]any:
		if ref, ok := t["$ref"].(string); ok {
			if _, err := doc.resolve(ref); err != nil {
				out = append(out, at+": "+err.Error())
			}
		}
		for k, e := range t {
			out = append(out, refProblems(doc, e, at+"/"+k)...)
		}
	case []any:
		for i, e := range t {
			out = append(out, refProblems(doc, e, fmt.Sprintf("%s/%d", at, i))...)
		}
	}
	return out
}

// keywordProblems finds OpenAPI 3.0 habits that 3.1 no longer has
// (nullable, example inside a schema) and keys of a later version.
func keywordProblems(v any, at string) []string {
	var out []string
	switch t := v.(type) {
	case map[string]any:
		for _, bad := range []string{"nullable", "itemSchema", "x-nullable"} {
			if _, ok := t[bad]; ok {
				out = append(out, at+": "+bad+" is not OpenAPI 3.1")
			}
		}
		for k, e := range t {
			out = append(out, keywordProblems(e, at+"/"+k)...)
		}
	case []any:
		for i, e := range t {
			out = append(out, keywordProblems(e, fmt.Sprintf("%s/%d", at, i))...)
		}
	}
	return out
}

func paramProblems(doc openAPIDoc, path string, item, op map[string]any, where string) []string {
	var out []string
	declared := map[string]bool{}
	for _, list := range []any{item["parameters"], op["parameters"]} {
		for _, raw := range arr(list) {
			p, err := doc.deref(raw)
			if err != nil {
				continue // reported by refProblems
			}
			name, _ := p["name"].(string)
			in, _ := p["in"].(string)
			if name == "" || !map[string]bool{"path": true, "query": true, "header": true, "cookie": true}[in] || p["schema"] == nil {
				out = append(out, fmt.Sprintf("%s: parameter %q needs a name, a valid 'in' and a schema", where, name))
			}
			if in == "path" {
				if p["required"] != true {
					out = append(out, fmt.Sprintf("%s: path parameter %q must be required", where, name))
				}
				declared[name] = true
			}
		}
	}
	inPath := map[string]bool{}
	for _, m := range pathParams.FindAllStringSubmatch(path, -1) {
		inPath[m[1]] = true
		if !declared[m[1]] {
			out = append(out, fmt.Sprintf("%s: path parameter {%s} is not declared", where, m[1]))
		}
	}
	for name := range declared {
		if !inPath[name] {
			out = append(out, fmt.Sprintf("%s: declares path parameter %q the path does not have", where, name))
		}
	}
	return out
}

func responseProblems(doc openAPIDoc, op map[string]any, where string) []string {
	var out []string
	responses := obj(op["responses"])
	ok2xx := false
	for code, raw := range responses {
		if !regexp.MustCompile(`^[1-5]([0-9]{2}|XX)$`).MatchString(code) && code != "default" {
			out = append(out, where+": response key "+code+" is not a status code")
		}
		r, err := doc.deref(raw)
		if err != nil {
			continue
		}
		if r["description"] == nil {
			out = append(out, where+" "+code+": a response needs a description")
		}
		if strings.HasPrefix(code, "2") {
			ok2xx = true
		}
		if strings.HasPrefix(code, "4") {
			s := obj(obj(obj(r["content"])["application/json"])["schema"])
			if s["$ref"] != "#/components/schemas/Error" {
				out = append(out, where+" "+code+": an error answer must be the Error schema")
			}
		}
	}
	if !ok2xx {
		out = append(out, where+" documents no successful answer")
	}
	if op["security"] == nil && responses["401"] == nil {
		out = append(out, where+" takes a token but documents no 401")
	}
	return out
}

func TestRealOwnerAPIAnswersMatchTheirOpenAPISchemas(t *testing.T) {
	p := newPortal(t, "sqlite")
	doc := loadOpenAPI(t)
	tok := p.acme.Token
	check := schemaChecker(t, doc)
	ct := check("POST", "/api/v1/contacts", p.api("POST", "/api/v1/contacts", tok, `{"email":"jane@example.com","name":"Jane Doe"}`))
	id, _ := ct["id"].(string)
	check("POST", "/api/v1/contacts", p.api("POST", "/api/v1/contacts", tok, `{"email":"not an email"}`))
	check("POST", "/api/v1/contacts", p.api("POST", "/api/v1/contacts", tok, `{"email":"JANE@example.com"}`))
	check("GET", "/api/v1/contacts/{id}", p.api("GET", "/api/v1/contacts/nope", tok, ""))
	check("GET", "/api/v1/portal", p.api("GET", "/api/v1/portal", "wrong", ""))
	check("POST", "/api/v1/invites", p.api("POST", "/api/v1/invites", tok, `{"contact_id":"`+id+`"}`))
	check("POST", "/api/v1/contacts/{id}/magic-links", p.api("POST", "/api/v1/contacts/"+id+"/magic-links", tok, ""))
	check("GET", "/api/v1/contacts", p.api("GET", "/api/v1/contacts?limit=10", tok, ""))
	check("GET", "/api/v1/portal", p.api("GET", "/api/v1/portal", tok, ""))
	batch := check("POST", "/api/v1/login-emails", p.api("POST", "/api/v1/login-emails", tok, `{"contact_ids":["`+id+`"]}`))
	check("GET", "/api/v1/login-emails/{batch}", p.api("GET", fmt.Sprint("/api/v1/login-emails/", batch["batch_id"]), tok, ""))
	check("GET", "/api/v1/email-templates/{kind}", p.api("GET", "/api/v1/email-templates/invitation", tok, ""))
	doc1 := check("POST", "/api/v1/documents", uploadTestDocument(p, tok, id))
	check("POST", "/api/v1/documents/{id}/send", p.api("POST", fmt.Sprint("/api/v1/documents/", doc1["id"], "/send"), tok, ""))
	check("GET", "/api/v1/documents", p.api("GET", "/api/v1/documents", tok, ""))
	due := p.sys.Clock.Now().AddDate(0, 0, 14).Format(time.DateOnly)
	inv := check("POST", "/api/v1/invoices", p.api("POST", "/api/v1/invoices", tok,
		`{"contact_id":"`+id+`","currency":"EUR","due_date":"`+due+`","lines":[{"description":"Advice","quantity":"1.5","unit_price":10000,"tax_rate_bp":2000}]}`))
	check("POST", "/api/v1/invoices/{id}/issue", p.api("POST", fmt.Sprint("/api/v1/invoices/", inv["id"], "/issue"), tok, ""))
	check("POST", "/api/v1/courses", p.api("POST", "/api/v1/courses", tok,
		`{"title":"Onboarding","modules":[{"title":"Start","lessons":[{"title":"Welcome","body":"**Hello**"}]}]}`))
	check("POST", "/api/v1/messages", p.api("POST", "/api/v1/messages", tok, `{"contact_id":"`+id+`","body":"Hello Jane"}`))
	check("GET", "/api/v1/messages", p.api("GET", "/api/v1/messages", tok, ""))
	check("GET", "/api/v1/messages", p.api("GET", "/api/v1/messages?contact_id="+id, tok, ""))
	grp := check("POST", "/api/v1/groups", p.api("POST", "/api/v1/groups", tok, `{"name":"Members"}`))
	check("POST", "/api/v1/groups/{id}/posts", p.api("POST", fmt.Sprint("/api/v1/groups/", grp["id"], "/posts"), tok, `{"body":"Welcome"}`))
	check("GET", "/api/v1/groups/{id}/posts", p.api("GET", fmt.Sprint("/api/v1/groups/", grp["id"], "/posts"), tok, ""))
}

// uploadTestDocument sends a one-page PDF for the contact to sign.
func uploadTestDocument(p *portal, token, signerID string) answer {
	p.t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	_ = w.WriteField("title", "Engagement letter")
	_ = w.WriteField("signer_contact_id", signerID)
	part, _ := w.CreateFormFile("file", "letter.pdf")
	_, _ = part.Write(testpdf.Text("Engagement letter"))
	_ = w.Close()
	return p.do(request{method: http.MethodPost, path: "/api/v1/documents", token: token, contentType: w.FormDataContentType(), body: body.String()})
}

// schemaChecker returns a check that fails the test unless an answer is JSON
// matching the schema the document gives for its method, path and status;
// it returns the answer as an object.
func schemaChecker(t *testing.T, doc openAPIDoc) func(method, path string, a answer) map[string]any {
	return func(method, path string, a answer) map[string]any {
		t.Helper()
		s, err := doc.responseSchema(method, path, a.status)
		if err != nil {
			t.Fatalf("%v (body %s)", err, a.body)
		}
		var v any
		if err := json.Unmarshal([]byte(a.body), &v); err != nil {
			t.Fatalf("%s %s: the answer is not JSON: %v", method, path, err)
		}
		for _, e := range doc.validate(s, v, method+" "+path) {
			t.Error(e)
		}
		return obj(v)
	}
}
