package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"testing"
	"time"

	"gorm.io/gorm"

	"clientportal/server/internal/groups"
	"clientportal/server/internal/messages"
	"clientportal/server/internal/model"
	"clientportal/server/internal/system"
	"clientportal/server/internal/systemtest"
	"clientportal/server/internal/workspace"
	"clientportal/shared/api"
	"clientportal/shared/testpdf"
)

// The walker's markers: every text of client Ann's own data in workspace A
// holds privateMarker, and every other text of A (its name, its other
// client, its owner's address, its domain) holds tenantMarker. No answer to
// a wrong caller may hold the first; no owner API answer to one may hold
// either.
const (
	privateMarker = "zqxprivate"
	tenantMarker  = "zqxtenant"
)

// walkWorld is the server listening on a loopback port with workspace A
// (client Ann owns the data, client Carl is signed in but owns none of it)
// and workspace B (its owner's token, its client Bob signed in on B's host).
type walkWorld struct {
	t            *testing.T
	sys          *system.System
	port         string
	hc           *http.Client
	a, b         workspace.Created
	aHost, bHost string
	ann, carl    api.Contact
	carlSession  string
	bobSession   string
	ids          map[string]string // what fills the path parameters: A's real ids
	peers        int               // the count behind each request's client address
	db           *gorm.DB          // see raw
	queries      map[string]string // see tableQueries
	forms        map[string]string // see form
	files        [][]byte          // Ann's stored files, as they are served
}

func newWalkWorld(t *testing.T, dialect string) *walkWorld {
	t.Helper()
	ln := systemtest.Listen(t)
	port := fmt.Sprint(ln.Addr().(*net.TCPAddr).Port)
	// Behind a trusted proxy on loopback, each request says it comes from an
	// address of its own, so the login limits never answer for the identity.
	sys := systemtest.Open(t, dialect, map[string]string{"PORTAL_BASE_URL": "http://localhost:" + port, "PORTAL_TRUSTED_PROXIES": "127.0.0.1"})
	systemtest.Serve(t, sys, ln)
	dial := func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, "127.0.0.1:"+port)
	}
	w := &walkWorld{t: t, sys: sys, port: port, ids: map[string]string{},
		hc: &http.Client{Transport: &http.Transport{DialContext: dial, MaxIdleConnsPerHost: 8}, Timeout: 20 * time.Second,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	ctx := context.Background()
	var err error
	if w.a, err = sys.Workspaces.Setup(ctx, "Acme Zqxtenant", "owner-zqxtenant@acme.test"); err != nil {
		t.Fatal(err)
	}
	if w.b, err = sys.Workspaces.Setup(ctx, "Bravo Studio", "owner@bravo.test"); err != nil {
		t.Fatal(err)
	}
	w.aHost, w.bHost = w.a.Workspace.Slug+".localhost:"+port, w.b.Workspace.Slug+".localhost:"+port
	w.seedA()
	w.carlSession = w.signIn(w.a.Token, w.aHost, w.carl.ID)
	w.seedDelivery()
	bob := w.contact(w.b.Token, "bob@bravo-client.test", "Bob Stone")
	w.bobSession = w.signIn(w.b.Token, w.bHost, bob.ID)
	return w
}

// seedA gives Ann a document, a picture, an invoice, a recurring
// invoice, a conversation with a file, a course with a lesson and its PDF,
// a group with her post, picture and comment, a login email batch; and
// gives A a verified custom domain, a reworded email and a contact field.
func (w *walkWorld) seedA() {
	tok := w.a.Token
	w.ann = w.contact(tok, "ann-"+privateMarker+"@client.test", "Ann "+privateMarker)
	w.carl = w.contact(tok, "carl-"+tenantMarker+"@client.test", "Carl "+tenantMarker)
	w.ids["contact"], w.ids["email"], w.ids["workspace"] = w.ann.ID, w.ann.Email, w.a.Workspace.ID
	w.ids["ownerEmail"] = "owner-" + tenantMarker + "@acme.test"
	w.seedDocument()
	w.seedBilling()
	w.seedMessages()
	w.seedCourse()
	w.seedGroup()
	w.seedSettings()
	w.ids["job"], w.ids["emailID"] = w.firstOfA("jobs"), w.firstOfA("emails")
}

// seedDocument sends Ann a document and gives her a picture.
func (w *walkWorld) seedDocument() {
	t, ws, ctx := w.t, w.a.Workspace.ID, context.Background()
	w.ids["document"], w.ids["original"] = w.sentDocument(w.a.Token, "Contract "+privateMarker, w.ann.ID)
	w.seedTemplate()
	w.privateFile(w.ids["original"])
	avatar, err := w.sys.Profiles.SetAvatar(ctx, ws, w.ann.ID, photo(t, 40, 40))
	if err != nil {
		t.Fatalf("Ann's picture: %v", err)
	}
	w.privateFile(avatar)
}

// seedTemplate gives A a document template and sends it to Ann in bulk.
func (w *walkWorld) seedTemplate() {
	t, tok := w.t, w.a.Token
	pdf := func() []byte { return testpdf.Text("Template " + tenantMarker) }
	ct, body := walkFile("file", "template.pdf", map[string]string{"title": "Template " + tenantMarker, "roles": `["Client"]`, "fields": walkTemplateFields}, pdf)(w.fill)
	a := w.send(walkRequest{method: http.MethodPost, host: "localhost:" + w.port, path: "/api/v1/document-templates", token: tok, contentType: ct, body: body})
	var tpl api.DocumentTemplate
	if a.status != http.StatusCreated || json.Unmarshal([]byte(a.body), &tpl) != nil {
		t.Fatalf("create a document template: %d %s", a.status, a.body)
	}
	var batch api.BatchQueued
	w.apiJSON(tok, http.MethodPost, "/api/v1/document-templates/"+tpl.ID+"/send", api.TemplateSend{ContactIDs: []string{w.ann.ID},
		Title: "Batch contract " + privateMarker}, &batch)
	w.ids["template"], w.ids["documentBatch"] = tpl.ID, batch.BatchID
}

// seedBilling issues Ann an invoice and a monthly one.
func (w *walkWorld) seedBilling() {
	tok, today := w.a.Token, w.sys.Clock.Now()
	var inv api.Invoice
	w.apiJSON(tok, http.MethodPost, "/api/v1/invoices", api.InvoiceInput{ContactID: w.ann.ID, Currency: "EUR",
		IssueDate: day(today), DueDate: day(today.AddDate(0, 1, 0)), Notes: "Invoice notes " + privateMarker,
		Lines: []api.InvoiceLineInput{{Description: "Design " + privateMarker, Quantity: "1", UnitPrice: 40000}}}, &inv)
	w.apiJSON(tok, http.MethodPost, "/api/v1/invoices/"+inv.ID+"/issue", nil, &inv)
	w.ids["invoice"] = inv.ID
	var rec struct{ ID string }
	w.apiJSON(tok, http.MethodPost, "/api/v1/recurring-invoices", api.RecurringInvoiceInput{ContactID: w.ann.ID, Currency: "EUR",
		Interval: "month", StartsOn: day(today), Notes: "Every month " + privateMarker,
		Lines: []api.InvoiceLineInput{{Description: "Care " + privateMarker, Quantity: "1", UnitPrice: 1000}}}, &rec)
	w.ids["recurring"], w.ids["fieldKey"] = rec.ID, "walk_"+tenantMarker
}

// seedMessages writes to Ann and has her answer with a file.
func (w *walkWorld) seedMessages() {
	t, tok, ws := w.t, w.a.Token, w.a.Workspace.ID
	w.apiJSON(tok, http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: w.ann.ID, Body: "Owner note " + privateMarker}, nil)
	m, err := w.sys.Messages.Send(context.Background(), ws, w.ann.ID, model.AuthorClient, "Ann's question "+privateMarker,
		&messages.Upload{Name: "ann-" + privateMarker + ".pdf", Data: testpdf.Text("Ann's file " + privateMarker)})
	if err != nil {
		t.Fatalf("Ann's message: %v", err)
	}
	w.ids["message"] = m.ID
}

// seedCourse grants Ann a course whose lesson has a PDF.
func (w *walkWorld) seedCourse() {
	t, tok := w.t, w.a.Token
	var course api.Course
	w.apiJSON(tok, http.MethodPost, "/api/v1/courses", api.CourseInput{Title: "Course " + privateMarker, Modules: []api.ModuleInput{
		{Title: "Module " + privateMarker, Lessons: []api.LessonInput{{Title: "Lesson " + privateMarker, Body: "Lesson text " + privateMarker}}}}}, &course)
	w.apiJSON(tok, http.MethodPost, "/api/v1/courses/"+course.ID+"/publish", nil, nil)
	w.apiJSON(tok, http.MethodPost, "/api/v1/courses/"+course.ID+"/grants", api.GrantInput{ContactIDs: []string{w.ann.ID}}, nil)
	w.ids["course"], w.ids["lesson"] = course.ID, course.Modules[0].Lessons[0].ID
	ct, body := walkFile("file", "lesson.pdf", nil, func() []byte { return testpdf.Text("Lesson notes " + privateMarker) })(w.fill)
	if a := w.send(walkRequest{method: http.MethodPut, host: "localhost:" + w.port, token: tok, contentType: ct, body: body,
		path: "/api/v1/courses/" + course.ID + "/lessons/" + w.ids["lesson"] + "/attachment"}); a.status != http.StatusOK {
		t.Fatalf("attach a PDF to Ann's lesson: %d %s", a.status, a.body)
	}
}

// seedGroup puts Ann in a group with her post, its picture and her comment.
func (w *walkWorld) seedGroup() {
	t, tok, ws, ctx := w.t, w.a.Token, w.a.Workspace.ID, context.Background()
	var g api.Group
	w.apiJSON(tok, http.MethodPost, "/api/v1/groups", api.GroupInput{Name: "Group " + privateMarker}, &g)
	w.apiJSON(tok, http.MethodPost, "/api/v1/groups/"+g.ID+"/members", api.MembersInput{ContactIDs: []string{w.ann.ID}}, nil)
	post, err := w.sys.Groups.Post(ctx, ws, w.ann.ID, g.ID, groups.NewPost{Body: "Ann's post " + privateMarker, Image: photo(t, 48, 32)})
	if err != nil {
		t.Fatalf("Ann's post: %v", err)
	}
	comment, err := w.sys.Groups.Comment(ctx, ws, w.ann.ID, g.ID, post.ID, "Ann's comment "+privateMarker)
	if err != nil {
		t.Fatalf("Ann's comment: %v", err)
	}
	w.ids["group"], w.ids["post"], w.ids["comment"], w.ids["sha"] = g.ID, post.ID, comment.ID, post.ImageSHA256
	w.privateFile(post.ImageSHA256)
}

// seedSettings asks for a login email batch for Ann, and gives A a
// verified domain, a reworded email, a contact field, a workflow and a
// webhook.
func (w *walkWorld) seedSettings() {
	tok := w.a.Token
	var batch api.LoginEmailsResult
	w.apiJSON(tok, http.MethodPost, "/api/v1/login-emails", map[string]any{"contact_ids": []string{w.ann.ID}}, &batch)
	w.ids["batch"] = batch.BatchID
	w.ids["domain"] = "portal." + tenantMarker + "-acme.test"
	w.apiJSON(tok, http.MethodPost, "/api/v1/portal/domains", map[string]string{"host": w.ids["domain"]}, nil)
	systemtest.VerifyDomain(w.t, w.sys, w.a.Workspace.ID, w.ids["domain"]) // proven, so no one else can claim it
	w.apiJSON(tok, http.MethodPut, "/api/v1/email-templates/login", api.EmailTemplate{Subject: "Log in " + tenantMarker,
		Body: "Hello {{contact.name}}, " + tenantMarker}, nil)
	w.apiJSON(tok, http.MethodPost, "/api/v1/contact-fields", api.ContactField{Key: w.ids["fieldKey"], Label: "Field " + tenantMarker}, nil)
	var flow api.Workflow
	w.apiJSON(tok, http.MethodPost, "/api/v1/workflows", api.WorkflowInput{Name: "Flow " + tenantMarker, Enabled: true,
		Trigger: api.WorkflowTrigger{Manual: true}, Steps: []api.WorkflowStep{{Kind: "notify_owner", Message: "Note " + tenantMarker}}}, &flow)
	w.ids["workflow"] = flow.ID
	var hook api.Webhook
	w.apiJSON(tok, http.MethodPost, "/api/v1/webhooks", api.WebhookInput{URL: "https://203.0.113.10/" + tenantMarker, Events: []string{"contact.joined"}}, &hook)
	w.ids["webhook"] = hook.ID
}

// seedDelivery hands the events so far (Carl joining) to A's webhook, which
// queues a delivery.
func (w *walkWorld) seedDelivery() {
	w.t.Helper()
	if _, err := w.sys.Workflows.Dispatch(context.Background()); err != nil {
		w.t.Fatalf("dispatch the events: %v", err)
	}
	var list []api.WebhookDelivery
	w.apiJSON(w.a.Token, http.MethodGet, "/api/v1/webhooks/"+w.ids["webhook"]+"/deliveries", nil, &list)
	if len(list) == 0 {
		w.t.Fatal("A's webhook has no delivery after Carl joined")
	}
	w.ids["delivery"] = list[0].ID
}

// sentDocument uploads a PDF for a signer and sends it; it returns the
// document's id and its original's SHA-256.
func (w *walkWorld) sentDocument(token, title, signerID string) (string, string) {
	w.t.Helper()
	pdf := func() []byte { return testpdf.Text(title, "The terms of "+privateMarker) }
	ct, body := walkFile("file", "contract.pdf", map[string]string{"title": title, "signer_contact_id": signerID}, pdf)(w.fill)
	var d api.Document
	a := w.send(walkRequest{method: http.MethodPost, host: "localhost:" + w.port, path: "/api/v1/documents", token: token, contentType: ct, body: body})
	if a.status != http.StatusCreated || json.Unmarshal([]byte(a.body), &d) != nil {
		w.t.Fatalf("upload a document: %d %s", a.status, a.body)
	}
	w.apiJSON(token, http.MethodPost, "/api/v1/documents/"+d.ID+"/send", nil, nil)
	return d.ID, d.OriginalSHA256
}

// privateFile keeps the bytes of one of Ann's stored files (by SHA-256), so
// that an answer holding them counts as a leak.
func (w *walkWorld) privateFile(sha string) {
	w.t.Helper()
	var data [][]byte
	if err := w.raw().Raw("SELECT data FROM blobs WHERE sha256 = ?", sha).Scan(&data).Error; err != nil || len(data) != 1 {
		w.t.Fatalf("blob %s: %v (%d rows)", sha, err, len(data))
	}
	w.files = append(w.files, data[0])
}

// firstOfA is the id of the first row of a table in workspace A.
func (w *walkWorld) firstOfA(table string) string {
	var ids []string
	if err := w.raw().Raw("SELECT id FROM "+table+" WHERE workspace_id = ? ORDER BY created_at", w.a.Workspace.ID).Scan(&ids).Error; err != nil {
		w.t.Fatalf("%s of A: %v", table, err)
	}
	if len(ids) == 0 {
		w.t.Fatalf("workspace A has no row in %s", table)
	}
	return ids[0]
}

// contact creates a contact through the owner API.
func (w *walkWorld) contact(token, email, name string) api.Contact {
	var c api.Contact
	w.apiJSON(token, http.MethodPost, "/api/v1/contacts", api.NewContact{Email: email, Name: name}, &c)
	return c
}

// apiJSON is an owner API call that must succeed; out, when set, takes the answer.
func (w *walkWorld) apiJSON(token, method, path string, in, out any) {
	w.t.Helper()
	var body []byte
	if in != nil {
		body, _ = json.Marshal(in)
	}
	req := walkRequest{method: method, host: "localhost:" + w.port, path: path, token: token, body: body}
	if in != nil {
		req.contentType = "application/json"
	}
	a := w.send(req)
	if a.status >= 300 {
		w.t.Fatalf("%s %s: %d %s", method, path, a.status, a.body)
	}
	if out != nil {
		if err := json.Unmarshal([]byte(a.body), out); err != nil {
			w.t.Fatalf("%s %s answer %q: %v", method, path, a.body, err)
		}
	}
}
