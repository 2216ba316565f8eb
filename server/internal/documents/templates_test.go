package documents_test

import (
	"bytes"
	"fmt"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/api"
)

// createTemplate posts a template with its roles and fields.
func (p *portal) createTemplate(roles, fields string) answer {
	p.t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.WriteField("title", "Lease")
	w.WriteField("roles", roles)
	w.WriteField("fields", fields)
	part, _ := w.CreateFormFile("file", "lease.pdf")
	part.Write(contractPDF())
	w.Close()
	return p.apiReq("POST", "/api/v1/document-templates", p.acme.Token, &buf, w.FormDataContentType())
}

const twoRoleFields = `[{"kind":"signature","page":2,"x":0.1,"y":0.7,"w":0.35,"h":0.08,"role":"Client"},
	{"kind":"signature","page":2,"x":0.55,"y":0.7,"w":0.35,"h":0.08,"role":"Guarantor"}]`

func TestATemplateSentWithAContactPerRoleIsADocumentSentToTheFirstRole(t *testing.T) {
	p := newPortal(t, "sqlite")
	jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
	gus := p.contact(p.acme.Token, "gus@example.com", "Gus Grant")
	if a := p.createTemplate(`["Client","Guarantor"]`, strings.Replace(twoRoleFields, `"Guarantor"`, `"Landlord"`, 1)); a.status != http.StatusUnprocessableEntity || !strings.Contains(a.text(), `role \"Landlord\"`) {
		t.Errorf("a field of a role the template lacks: %d %s", a.status, a.text())
	}
	a := p.createTemplate(`["Client","Guarantor"]`, twoRoleFields)
	if a.status != http.StatusCreated {
		t.Fatalf("create template: %d %s", a.status, a.text())
	}
	var tp api.DocumentTemplate
	mustJSON(t, a.body, &tp)
	if len(tp.Roles) != 2 || tp.Pages != 2 || len(tp.Fields) != 2 || tp.Fields[1].Role != "Guarantor" {
		t.Fatalf("template %+v", tp)
	}
	send := "/api/v1/document-templates/" + tp.ID + "/send"
	if a := p.apiReq("POST", send, p.acme.Token, strings.NewReader(fmt.Sprintf(`{"signers":{"Client":%q}}`, jane.ID)), "application/json"); a.status != http.StatusUnprocessableEntity || !strings.Contains(a.text(), "Guarantor") {
		t.Errorf("a role left unassigned: %d %s", a.status, a.text())
	}
	a = p.apiReq("POST", send, p.acme.Token, strings.NewReader(fmt.Sprintf(`{"signers":{"Client":%q,"Guarantor":%q},"title":"Lease of flat 3"}`, jane.ID, gus.ID)), "application/json")
	if a.status != http.StatusCreated {
		t.Fatalf("send template: %d %s", a.status, a.text())
	}
	var d api.Document
	mustJSON(t, a.body, &d)
	if d.Title != "Lease of flat 3" || d.Status != api.DocumentSent || len(d.Signers) != 2 || d.Signers[1].Contact.ID != gus.ID || d.Signers[1].Status != api.SignerWaiting {
		t.Fatalf("the document made from the template: %+v", d)
	}
	if len(p.emailsTo("jane@example.com")) != 1 || len(p.emailsTo("gus@example.com")) != 0 {
		t.Error("the template's document is not sent to the first role alone")
	}
	if l := p.apiReq("GET", "/api/v1/document-templates", p.acme.Token, nil, ""); !strings.Contains(l.text(), tp.ID) {
		t.Errorf("the list lacks the template: %s", l.text())
	}
	if a := p.apiReq("DELETE", "/api/v1/document-templates/"+tp.ID, p.acme.Token, nil, ""); a.status != http.StatusNoContent {
		t.Errorf("delete: %d %s", a.status, a.text())
	}
	if a := p.apiReq("GET", "/api/v1/document-templates/"+tp.ID, p.acme.Token, nil, ""); a.status != http.StatusNotFound {
		t.Errorf("a deleted template answers %d", a.status)
	}
	if a := p.apiReq("GET", "/api/v1/documents/"+d.ID, p.acme.Token, nil, ""); a.status != http.StatusOK {
		t.Errorf("the document made from a deleted template answers %d", a.status)
	}
}

func TestABulkSendToFiftyContactsMakesFiftyDocumentsAndFiftyEmailsNoneTwice(t *testing.T) {
	p := newPortal(t, "postgres")
	a := p.createTemplate(`["Client"]`, `[{"kind":"signature","page":2,"x":0.1,"y":0.7,"w":0.35,"h":0.08,"role":"Client"}]`)
	if a.status != http.StatusCreated {
		t.Fatalf("create template: %d %s", a.status, a.text())
	}
	var tp api.DocumentTemplate
	mustJSON(t, a.body, &tp)
	var ids []string
	for i := range 50 {
		ids = append(ids, p.contact(p.acme.Token, fmt.Sprintf("client%02d@example.com", i), fmt.Sprintf("Client %02d", i)).ID)
	}
	body := fmt.Sprintf(`{"contact_ids":["%s","%s"]}`, strings.Join(ids, `","`), ids[0])
	a = p.apiReq("POST", "/api/v1/document-templates/"+tp.ID+"/send", p.acme.Token, strings.NewReader(body), "application/json")
	if a.status != http.StatusAccepted {
		t.Fatalf("bulk send: %d %s", a.status, a.text())
	}
	var q api.BatchQueued
	mustJSON(t, a.body, &q)
	if q.Queued != 50 {
		t.Fatalf("queued %d, want 50 (one contact was named twice)", q.Queued)
	}
	p.runJobs()
	p.runJobs()
	var b api.DocumentBatch
	mustJSON(t, p.apiReq("GET", "/api/v1/document-batches/"+q.BatchID, p.acme.Token, nil, "").body, &b)
	if b.Total != 50 || b.Sent != 50 || b.Failed != 0 {
		t.Fatalf("batch: %d items, %d sent, %d failed", b.Total, b.Sent, b.Failed)
	}
	var l api.DocumentList
	mustJSON(t, p.apiReq("GET", "/api/v1/documents", p.acme.Token, nil, "").body, &l)
	if len(l.Documents) != 50 {
		t.Errorf("%d documents, want 50", len(l.Documents))
	}
	for _, id := range []int{0, 17, 49} {
		if n := len(p.emailsTo(fmt.Sprintf("client%02d@example.com", id))); n != 1 {
			t.Errorf("client %d got %d emails, want 1", id, n)
		}
	}
	other := p.setup("Bravo")
	if a := p.apiReq("GET", "/api/v1/document-batches/"+q.BatchID, other.Token, nil, ""); a.status != http.StatusNotFound {
		t.Errorf("another workspace sees the batch: %d", a.status)
	}
	if a := p.apiReq("GET", "/api/v1/document-templates/"+tp.ID, other.Token, nil, ""); a.status != http.StatusNotFound {
		t.Errorf("another workspace sees the template: %d", a.status)
	}
}

// createTemplateWithOrders posts a template whose roles sign in orders.
func (p *portal) createTemplateWithOrders(roles, orders, fields string) answer {
	p.t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.WriteField("title", "Lease")
	w.WriteField("roles", roles)
	w.WriteField("orders", orders)
	w.WriteField("fields", fields)
	part, _ := w.CreateFormFile("file", "lease.pdf")
	part.Write(contractPDF())
	w.Close()
	return p.apiReq("POST", "/api/v1/document-templates", p.acme.Token, &buf, w.FormDataContentType())
}

func TestTemplateRolesOfEqualOrderAreEmailedTogetherAndTheNextOrderWaits(t *testing.T) {
	p := newPortal(t, "sqlite")
	jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
	gus := p.contact(p.acme.Token, "gus@example.com", "Gus Grant")
	lee := p.contact(p.acme.Token, "lee@example.com", "Lee Landlord")
	fields := strings.Replace(twoRoleFields, "]", `,{"kind":"signature","page":1,"x":0.55,"y":0.2,"w":0.35,"h":0.08,"role":"Landlord"}]`, 1)
	for _, c := range []struct{ orders, why string }{{`[1,1]`, "one signing order per role"}, {`[1,0,2]`, "1 or more"}, {`"first"`, "Orders must be a JSON list"}} {
		if a := p.createTemplateWithOrders(`["Client","Guarantor","Landlord"]`, c.orders, fields); a.status != http.StatusUnprocessableEntity ||
			!strings.Contains(a.text(), `"orders"`) || !strings.Contains(a.text(), c.why) {
			t.Errorf("orders %s: %d %s", c.orders, a.status, a.text())
		}
	}
	a := p.createTemplateWithOrders(`["Client","Guarantor","Landlord"]`, `[1,1,2]`, fields)
	if a.status != http.StatusCreated {
		t.Fatalf("create template: %d %s", a.status, a.text())
	}
	var tp api.DocumentTemplate
	mustJSON(t, a.body, &tp)
	if fmt.Sprint(tp.Orders) != "[1 1 2]" {
		t.Errorf("the template's orders are %v", tp.Orders)
	}
	body := fmt.Sprintf(`{"signers":{"Client":%q,"Guarantor":%q,"Landlord":%q}}`, jane.ID, gus.ID, lee.ID)
	a = p.apiReq("POST", "/api/v1/document-templates/"+tp.ID+"/send", p.acme.Token, strings.NewReader(body), "application/json")
	if a.status != http.StatusCreated {
		t.Fatalf("send template: %d %s", a.status, a.text())
	}
	var d api.Document
	mustJSON(t, a.body, &d)
	if len(d.Signers) != 3 || d.Signers[0].Order != 1 || d.Signers[1].Order != 1 || d.Signers[2].Order != 2 {
		t.Fatalf("the document's signers: %+v", d.Signers)
	}
	if len(p.emailsTo("jane@example.com")) != 1 || len(p.emailsTo("gus@example.com")) != 1 || len(p.emailsTo("lee@example.com")) != 0 {
		t.Errorf("Client and Guarantor (order 1) are not emailed together, or Landlord (order 2) did not wait: %d %d %d",
			len(p.emailsTo("jane@example.com")), len(p.emailsTo("gus@example.com")), len(p.emailsTo("lee@example.com")))
	}
	old := p.createTemplate(`["Client","Guarantor"]`, twoRoleFields)
	mustJSON(t, old.body, &tp)
	if fmt.Sprint(tp.Orders) != "[1 2]" {
		t.Errorf("a template without orders has %v, want the roles one after another", tp.Orders)
	}
}
