package web_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/api"
)

func TestAnIssuedInvoiceIsNumberedTotalledOnceAndEmailedWithALinkThatOpensIt(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	inv := lp.issueInvoice(lp.draftInvoice(ada))
	// 1.5 × 400.00 = 600.00 (+120.00 tax); 3 × 19.99 = 59.97 (+11.994 → 11.99 tax).
	if inv.Number != "INV-0001" || inv.Status != api.InvoiceIssued || inv.Subtotal != 65997 || inv.Tax != 13199 || inv.Total != 79196 {
		t.Fatalf("issued invoice %s %s subtotal %d tax %d total %d; want INV-0001 issued 65997 13199 79196", inv.Number, inv.Status, inv.Subtotal, inv.Tax, inv.Total)
	}
	second := lp.issueInvoice(lp.draftInvoice(ada))
	if second.Number != "INV-0002" {
		t.Errorf("the second invoice is numbered %q, want INV-0002", second.Number)
	}
	mails := lp.emailsTo("ada@example.test")
	if len(mails) != 2 || !strings.Contains(mails[0].Subject, "€791.96") || !strings.Contains(mails[0].TextBody, "/invoices/") {
		t.Fatalf("emails to Ada: %d %+v", len(mails), mails)
	}
	body0 := mails[len(mails)-1].TextBody
	link := body0[strings.LastIndex(body0, "View the invoice: ")+len("View the invoice: "):]
	c := lp.httpClient()
	pageText := get(t, c, strings.TrimSpace(link))
	m := csrfField.FindStringSubmatch(pageText)
	if m == nil || !strings.Contains(pageText, "Open the invoice as Ada") {
		t.Fatalf("the link's page does not offer to open the invoice:\n%s", pageText)
	}
	res, err := c.PostForm(strings.TrimSpace(link), map[string][]string{"_csrf": {m[1]}})
	if err != nil {
		t.Fatal(err)
	}
	body := readAll(res)
	res.Body.Close()
	if res.Request.URL.Path != "/invoices/"+inv.ID || contains(body, "INV-0001", "€791.96", "Pay now") != "" {
		t.Fatalf("after Open the client is on %s and misses %q", res.Request.URL.Path, contains(body, "INV-0001", "€791.96", "Pay now"))
	}
}

func TestTheClientSeesUnpaidOnTheBadgeDueOverdueAndPaidInTheListAndAPDFWithNumberAndTotal(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Łukasz Żółć 山田", "ada@example.test")
	due := lp.issueInvoice(lp.draftInvoice(ada))
	late := lp.draftInvoice(ada)
	today := lp.sys.Clock.Now()
	late.IssueDate, late.DueDate = day(today.AddDate(0, -2, 0)), day(today.AddDate(0, -1, 0))
	overdue := lp.issueInvoice(late)
	paid := lp.issueInvoice(lp.draftInvoice(ada))
	lp.ownerAPI(http.MethodPost, "/api/v1/invoices/"+paid.ID+"/mark-paid", api.Payment{Amount: paid.Total, PaidOn: day(today), Method: "bank transfer"}, &paid)
	var draft api.Invoice
	lp.ownerAPI(http.MethodPost, "/api/v1/invoices", lp.draftInvoice(ada), &draft)

	c := lp.signIn(ada)
	if dash := get(t, c, lp.origin()+"/dashboard"); !strings.Contains(dash, "2 unpaid") {
		t.Errorf("the dashboard's invoices tile does not say 2 unpaid")
	}
	list := get(t, c, lp.origin()+"/invoices")
	for _, want := range []string{"Overdue", due.Number, overdue.Number, paid.Number, "Paid " + today.Format("January 2, 2006")} {
		if !strings.Contains(list, want) {
			t.Errorf("the invoices page misses %q", want)
		}
	}
	if strings.Contains(list, draft.ID) {
		t.Errorf("a draft reached the client's list")
	}
	if got := lp.clientStatus(c, "/invoices/"+draft.ID); got != http.StatusNotFound {
		t.Errorf("a draft opens for the client with %d, want 404", got)
	}
	res, err := c.Get(lp.origin() + "/invoices/" + due.ID + "/pdf")
	if err != nil {
		t.Fatal(err)
	}
	pdf, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/pdf" {
		t.Fatalf("PDF download: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	text := pdfText(t, pdf)
	if m := contains(text, "Acme Studio", due.Number, "€791.96", "Łukasz Żółć 山田", "Website design"); m != "" {
		t.Errorf("the PDF's text misses %s:\n%s", m, text)
	}
}

func (lp *livePortal) clientStatus(c *http.Client, path string) int {
	res, err := c.Get(lp.origin() + path)
	if err != nil {
		lp.t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}

func TestInvoiceRefusalsSayWhatIsWrongAndStoreNothing(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	other := lp.otherWorkspace()
	var stranger struct{ ID string }
	_, b := lp.call(other, http.MethodPost, "/api/v1/contacts", map[string]string{"name": "Stranger", "email": "s@globex.test"})
	_ = jsonInto(b, &stranger)

	negative := lp.draftInvoice(ada)
	negative.Lines[0].Quantity = "-2"
	unknown := lp.draftInvoice(ada)
	unknown.Currency = "XYZ"
	theirs := lp.draftInvoice(stranger.ID)
	cases := []struct {
		name   string
		in     api.InvoiceInput
		status int
		field  string
	}{
		{"a negative quantity", negative, 422, "lines[0].quantity"},
		{"an unknown currency", unknown, 422, "currency"},
		{"another workspace's contact", theirs, 404, ""},
	}
	for _, c := range cases {
		status, body := lp.call(lp.acme.Token, http.MethodPost, "/api/v1/invoices", c.in)
		msg, fields := errorFields(t, body)
		if status != c.status || (c.field != "" && !hasField(fields, c.field)) || msg == "" {
			t.Errorf("%s: %d %s; want %d naming %q", c.name, status, body, c.status, c.field)
		}
	}
	if n := lp.invoiceCount(); n != 0 {
		t.Fatalf("%d invoices were stored by refused requests", n)
	}
	inv := lp.issueInvoice(lp.draftInvoice(ada))
	edit := lp.draftInvoice(ada)
	edit.Lines[0].UnitPrice = 1
	status, body := lp.call(lp.acme.Token, http.MethodPut, "/api/v1/invoices/"+inv.ID, edit)
	if msg, _ := errorFields(t, body); status != 409 || !strings.Contains(msg, "Void it and issue a new one") {
		t.Errorf("editing an issued invoice: %d %s", status, body)
	}
	var again api.Invoice
	lp.ownerAPI(http.MethodGet, "/api/v1/invoices/"+inv.ID, nil, &again)
	if again.Total != inv.Total {
		t.Errorf("the refused edit changed the total from %d to %d", inv.Total, again.Total)
	}
	lp.ownerAPI(http.MethodPost, "/api/v1/invoices/"+inv.ID+"/void", nil, &again)
	if again.Status != api.InvoiceVoid {
		t.Errorf("after void the invoice is %s", again.Status)
	}
	if status, _ := lp.call(lp.acme.Token, http.MethodPost, "/api/v1/invoices/"+inv.ID+"/mark-paid", api.Payment{Amount: 5}); status != 409 {
		t.Errorf("marking a void invoice paid answers %d, want 409", status)
	}
}
