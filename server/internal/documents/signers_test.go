package documents_test

import (
	"bytes"
	"context"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/documents"
	"clientportal/server/internal/storetest"
	"clientportal/shared/api"
)

// uploadSigners posts a document with a signers list and fields.
func (p *portal) uploadSigners(token, signers, fields string, pdf []byte) answer {
	p.t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.WriteField("title", "Loan agreement")
	w.WriteField("signers", signers)
	if fields != "" {
		w.WriteField("fields", fields)
	}
	part, _ := w.CreateFormFile("file", "loan.pdf")
	part.Write(pdf)
	w.Close()
	return p.apiReq("POST", "/api/v1/documents", token, &buf, w.FormDataContentType())
}

// twoSignerFields: signer 0 signs and prints their name, signer 1 signs
// and dates, on page 2.
const twoSignerFields = `[{"kind":"signature","page":2,"x":0.1,"y":0.7,"w":0.35,"h":0.08,"signer":0},
	{"kind":"name","page":2,"x":0.1,"y":0.8,"w":0.35,"h":0.035,"signer":0},
	{"kind":"signature","page":2,"x":0.55,"y":0.7,"w":0.35,"h":0.08,"signer":1},
	{"kind":"date","page":2,"x":0.55,"y":0.8,"w":0.35,"h":0.035,"signer":1}]`

func typedSign(extra url.Values) url.Values {
	f := url.Values{"mode": {"type"}, "consent": {"yes"}}
	for k, v := range extra {
		f[k] = v
	}
	return f
}

func TestTwoSignersInOrderTheSecondIsAskedOnlyOnceTheFirstSignedAndTheFinalCopyNamesBoth(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
			orig := contractPDF()
			signers := fmt.Sprintf(`[{"contact_id":%q,"order":1},{"email":"cfo@client.test","name":"Dana Lee","order":2}]`, jane.ID)
			a := p.uploadSigners(p.acme.Token, signers, twoSignerFields, orig)
			if a.status != http.StatusCreated {
				t.Fatalf("upload: %d %s", a.status, a.text())
			}
			var d api.Document
			mustJSON(t, a.body, &d)
			if len(d.Signers) != 2 || d.Signers[1].Contact.Email != "cfo@client.test" || d.Signers[1].Contact.Name != "Dana Lee" || d.Fields[2].Signer != 1 {
				t.Fatalf("the document's signers are %+v, fields %+v", d.Signers, d.Fields)
			}
			if a := p.apiReq("POST", "/api/v1/documents/"+d.ID+"/send", p.acme.Token, nil, ""); a.status != http.StatusOK {
				t.Fatalf("send: %d %s", a.status, a.text())
			}
			if n := len(p.emailsTo("cfo@client.test")); n != 0 {
				t.Fatalf("the second signer got %d emails before the first signed", n)
			}
			dana := d.Signers[1].Contact
			_, err := p.sys.Documents.Sign(context.Background(), p.acme.Workspace.ID, dana.ID, d.ID,
				documents.Signature{Name: "Dana Lee", Consent: true}, documents.Meta{})
			if !apperr.Is(err, apperr.Conflict) || !strings.Contains(err.Error(), "not your turn") {
				t.Fatalf("signing out of turn: %v, want a refusal that says it is not their turn", err)
			}

			b := p.browser("acme.localhost:8080")
			b.openLink(p.signLink("jane@example.com"))
			page := "/documents/" + d.ID
			if a := b.post(page, page+"/sign", typedSign(url.Values{"name": {"Jane Doe"}, "field_3": {"1999-01-01"}})); a.status != http.StatusUnprocessableEntity ||
				!strings.Contains(a.text(), "not one of your fields") {
				t.Fatalf("filling the other signer's date: %d %.300s, want 422 naming the field", a.status, a.text())
			}
			if got := p.document(p.acme.Token, d.ID); got.Signers[0].Status != api.SignerSent && got.Signers[0].Status != api.SignerViewed {
				t.Fatalf("a refused signature changed the signer to %q", got.Signers[0].Status)
			}
			if a := b.post(page, page+"/sign", typedSign(url.Values{"name": {"Jane Doe"}, "field_1": {"Jane A. Doe"}})); a.status != http.StatusSeeOther {
				t.Fatalf("first signer signs: %d %.300s", a.status, a.text())
			}
			got := p.document(p.acme.Token, d.ID)
			if got.Status != api.DocumentPartiallySigned || got.Signers[0].Status != api.SignerSigned || got.Signers[1].Status != api.SignerSent {
				t.Fatalf("after the first signature: %q with signers %+v", got.Status, got.Signers)
			}
			if text := b.request("GET", page, nil).text(); !strings.Contains(text, "You signed this document") {
				t.Errorf("the first signer's page does not say they signed: %.300s", text)
			}
			if n := len(p.emailsTo("cfo@client.test")); n != 1 {
				t.Fatalf("the second signer got %d emails once the first signed, want 1", n)
			}

			other := p.browser("acme.localhost:8080")
			other.openLink(p.signLink("cfo@client.test"))
			if a := other.post(page, page+"/sign", typedSign(url.Values{"name": {"Dana Lee"}})); a.status != http.StatusSeeOther {
				t.Fatalf("second signer signs: %d %.300s", a.status, a.text())
			}
			p.runJobs()
			got = p.document(p.acme.Token, d.ID)
			if got.Status != api.DocumentCompleted {
				t.Fatalf("after both signed the document is %q (%s)", got.Status, got.SealError)
			}
			final := p.apiReq("GET", "/api/v1/documents/"+d.ID+"/final", p.acme.Token, nil, "").body
			checkFinalCopy(t, final, orig, "Jane Doe")
			text := pdfText(t, final)
			for _, want := range []string{"Dana Lee <cfo@client.test>", "Jane Doe <jane@example.com>", "Jane A. Doe", "signed by cfo@client.test"} {
				if !strings.Contains(text, want) {
					t.Errorf("the final copy does not show %q:\n%s", want, text)
				}
			}
			if countActions(got, "signed") != 2 {
				t.Errorf("the audit trail has %d signatures, want one per signer: %+v", countActions(got, "signed"), got.Audit)
			}
		})
	}
}

func TestSignersOfOneOrderSignInParallelAndADeclineEndsTheDocumentForEveryone(t *testing.T) {
	p := newPortal(t, "sqlite")
	jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
	omar := p.contact(p.acme.Token, "omar@example.com", "Omar Ali")
	signers := fmt.Sprintf(`[{"contact_id":%q,"order":1},{"contact_id":%q,"order":1},{"email":"cfo@client.test","order":2}]`, jane.ID, omar.ID)
	fields := `[{"kind":"signature","page":1,"x":0.1,"y":0.1,"w":0.3,"h":0.08,"signer":0},
		{"kind":"signature","page":1,"x":0.1,"y":0.3,"w":0.3,"h":0.08,"signer":1},
		{"kind":"signature","page":1,"x":0.1,"y":0.5,"w":0.3,"h":0.08,"signer":2}]`
	a := p.uploadSigners(p.acme.Token, signers, fields, contractPDF())
	if a.status != http.StatusCreated {
		t.Fatalf("upload: %d %s", a.status, a.text())
	}
	var d api.Document
	mustJSON(t, a.body, &d)
	p.apiReq("POST", "/api/v1/documents/"+d.ID+"/send", p.acme.Token, nil, "")
	if len(p.emailsTo("jane@example.com")) != 1 || len(p.emailsTo("omar@example.com")) != 1 || len(p.emailsTo("cfo@client.test")) != 0 {
		t.Fatal("order 1's two signers are not both asked at once, or order 2 is asked too early")
	}
	jb := p.browser("acme.localhost:8080")
	jb.openLink(p.signLink("jane@example.com"))
	page := "/documents/" + d.ID
	jb.post(page, page+"/sign", typedSign(url.Values{"name": {"Jane Doe"}}))
	if n := len(p.emailsTo("cfo@client.test")); n != 0 {
		t.Fatalf("order 2 was asked (%d emails) while Omar, of order 1, has not signed", n)
	}
	ob := p.browser("acme.localhost:8080")
	ob.openLink(p.signLink("omar@example.com"))
	if a := ob.post(page, page+"/decline", url.Values{"reason": {"The amount is wrong"}}); a.status != http.StatusSeeOther {
		t.Fatalf("decline: %d %.300s", a.status, a.text())
	}
	got := p.document(p.acme.Token, d.ID)
	if got.Status != api.DocumentDeclined || got.Signers[1].Status != api.SignerDeclined {
		t.Fatalf("after Omar declined: %q with signers %+v", got.Status, got.Signers)
	}
	es := p.emailsTo("jane@example.com")
	if last := es[len(es)-1]; !strings.Contains(last.Subject, "declined") || !strings.Contains(last.TextBody, "The amount is wrong") {
		t.Errorf("Jane, who had signed, is not told of the decline: %q", last.Subject)
	}
	if n := len(p.emailsTo("cfo@client.test")); n != 0 {
		t.Errorf("the signer never asked got %d emails", n)
	}
	if text := jb.request("GET", page, nil).text(); !strings.Contains(text, "This document was declined") {
		t.Errorf("Jane's page does not say the document was declined: %.300s", text)
	}
}

func TestBadSignersAndFieldsAreRefusedWithTheReasonAndStoreNothing(t *testing.T) {
	p := newPortal(t, "sqlite")
	jane := p.contact(p.acme.Token, "jane@example.com", "Jane Doe")
	one := `[{"kind":"signature","page":1,"x":0.1,"y":0.1,"w":0.3,"h":0.08,"signer":0}]`
	for _, c := range []struct{ signers, fields, want string }{
		{fmt.Sprintf(`[{"contact_id":%q,"order":0}]`, jane.ID), one, "order 0 is below 1"},
		{fmt.Sprintf(`[{"contact_id":%q,"order":1}]`, jane.ID), `[{"kind":"signature","page":1,"x":0.1,"y":0.1,"w":0.3,"h":0.08,"signer":1}]`, "signer 1 is not one of"},
		{`[{"contact_id":"nobody","order":1}]`, one, "no contact with id"},
		{fmt.Sprintf(`[{"contact_id":%q,"order":1},{"email":"jane@example.com","order":2}]`, jane.ID), "", "same person"},
		{`[{"email":"not an email","order":1}]`, one, "not a valid email"},
		{`[{"contact":"x"}]`, one, "unknown field"},
	} {
		a := p.uploadSigners(p.acme.Token, c.signers, c.fields, contractPDF())
		if a.status != http.StatusUnprocessableEntity || !strings.Contains(a.text(), c.want) || !strings.Contains(a.text(), `"signers"`) && !strings.Contains(a.text(), `"fields"`) {
			t.Errorf("signers %s: %d %s, want 422 saying %q", c.signers, a.status, a.text(), c.want)
		}
	}
	if l := p.apiReq("GET", "/api/v1/documents", p.acme.Token, nil, ""); strings.Contains(l.text(), `"id"`) {
		t.Errorf("a refused upload stored a document: %s", l.text())
	}
}
