package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os/exec"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/api"
)

// call sends an owner API request with any workspace's token and returns
// the status and body, whatever they are.
func (lp *livePortal) call(token, method, path string, in any) (int, []byte) {
	lp.t.Helper()
	var body io.Reader
	if in != nil {
		b, _ := json.Marshal(in)
		body = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, "http://localhost:"+lp.port+path, body)
	req.Header.Set("Authorization", "Bearer "+token)
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := lp.httpClient().Do(req)
	if err != nil {
		lp.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, b
}

// otherWorkspace sets up a second business on the same server and returns its token.
func (lp *livePortal) otherWorkspace() string {
	lp.t.Helper()
	w, err := lp.sys.Workspaces.Setup(context.Background(), "Globex", "owner@globex.test")
	if err != nil {
		lp.t.Fatal(err)
	}
	return w.Token
}

// draftInvoice is a two-line EUR invoice for a contact, issued a week before
// the server clock's today and due a month after it.
func (lp *livePortal) draftInvoice(contactID string) api.InvoiceInput {
	today := lp.sys.Clock.Now()
	return api.InvoiceInput{ContactID: contactID, Currency: "EUR", IssueDate: day(today.AddDate(0, 0, -7)), DueDate: day(today.AddDate(0, 1, 0)),
		PaymentURL: "https://pay.example.test/inv", Notes: "Thank you for your business.",
		Lines: []api.InvoiceLineInput{
			{Description: "Website design", Quantity: "1.5", UnitPrice: 40000, TaxRateBP: 2000},
			{Description: "Hosting (month)", Quantity: "3", UnitPrice: 1999, TaxRateBP: 2000},
		}}
}

// issueInvoice creates and issues an invoice for a contact of Acme.
func (lp *livePortal) issueInvoice(in api.InvoiceInput) api.Invoice {
	lp.t.Helper()
	var inv api.Invoice
	lp.ownerAPI(http.MethodPost, "/api/v1/invoices", in, &inv)
	lp.ownerAPI(http.MethodPost, "/api/v1/invoices/"+inv.ID+"/issue", nil, &inv)
	return inv
}

// invoiceCount counts every invoice row in the database.
func (lp *livePortal) invoiceCount() int64 {
	lp.t.Helper()
	var n int64
	err := lp.sys.Store.View(context.Background(), func(tx *store.Tx) error {
		list, err := tx.Invoices().List(lp.acme.Workspace.ID, model.InvoiceFilter{})
		n = int64(len(list))
		return err
	})
	if err != nil {
		lp.t.Fatal(err)
	}
	return n
}

// emailsTo lists the emails queued for an address in Acme.
func (lp *livePortal) emailsTo(to string) []model.Email {
	lp.t.Helper()
	var es []model.Email
	err := lp.sys.Store.View(context.Background(), func(tx *store.Tx) (err error) {
		es, err = tx.Emails().Recent(lp.acme.Workspace.ID, 1000)
		return err
	})
	if err != nil {
		lp.t.Fatal(err)
	}
	var out []model.Email
	for _, e := range es {
		if e.ToAddr == to {
			out = append(out, e)
		}
	}
	return out
}

// pdfText is what pdftotext reads from a PDF.
func pdfText(t testing.TB, pdf []byte) string {
	t.Helper()
	path, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Fatalf("pdftotext (poppler-utils) is needed to read the PDF: %v", err)
	}
	cmd := exec.Command(path, "-layout", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func errorFields(t testing.TB, b []byte) (string, map[string]string) {
	t.Helper()
	var eb api.ErrorBody
	if err := json.Unmarshal(b, &eb); err != nil {
		t.Fatalf("not the error shape: %s", b)
	}
	return eb.Error.Message, eb.Error.Fields
}

func hasField(fields map[string]string, prefix string) bool {
	for k := range fields {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}

// day is t as the YYYY-MM-DD the invoice API takes.
func day(t time.Time) string { return t.Format(time.DateOnly) }
