package ui

import (
	"bytes"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

// draftForm is the draft form for a contact with the given line rows
// (description, quantity, unit price, tax %), issued a week before the
// server's today and due three weeks after it.
func draftForm(contactID string, lines ...[4]string) url.Values {
	today := testenv.Clock.Now()
	f := url.Values{"contact_id": {contactID}, "currency": {"EUR"}, "issue_date": {day(today.AddDate(0, 0, -7))},
		"due_date": {day(today.AddDate(0, 0, 21))}, "notes": {"Thank you."}}
	for _, l := range lines {
		f.Add("description", l[0])
		f.Add("quantity", l[1])
		f.Add("unit_price", l[2])
		f.Add("tax_rate", l[3])
	}
	return f
}

func TestAnInvoiceDraftIsIssuedPaidAndItsPDFDownloads(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	if _, page := get(t, h, "/invoices/"); !strings.Contains(page, "No invoices yet.") || !strings.Contains(page, `href="/invoices/" aria-current="page"`) {
		t.Fatalf("empty invoices page:\n%s", page)
	}

	_, body := post(t, h, "/invoices", draftForm(grace.ID, [4]string{"Design work", "2", "100.00", "20"}, [4]string{"Hosting", "1.5", "10.00", ""}, [4]string{"", "1", "", ""}))
	if !strings.Contains(body, "Draft saved for Grace Hopper: EUR 255.00") {
		t.Fatalf("create draft:\n%s", body)
	}
	l, err := ownerClient(portal).Invoices(testenv.Context(t), api.InvoiceQuery{})
	if err != nil || len(l.Invoices) != 1 || len(l.Invoices[0].Lines) != 2 {
		t.Fatalf("server invoices %+v (%v)", l, err)
	}
	id := l.Invoices[0].ID
	_, list := get(t, h, "/invoices/list?status=draft")
	if !strings.Contains(list, "Grace Hopper") || !strings.Contains(list, "EUR 255.00") || !strings.Contains(list, `data-status="draft"`) {
		t.Fatalf("list after the draft:\n%s", list)
	}

	if _, detail := get(t, h, "/invoices/"+id); !strings.Contains(detail, "Issue and email grace@example.test") || !strings.Contains(detail, "Download PDF") || !strings.Contains(detail, "EUR 240.00") {
		t.Fatalf("draft detail:\n%s", detail)
	}
	_, body = post(t, h, "/invoices/"+id+"/issue", nil)
	if !strings.Contains(body, "Issued as ") || !strings.Contains(body, `<span class="badge issued">issued</span>`) {
		t.Fatalf("issue:\n%s", body)
	}
	if n := portal.WaitMails(t, []string{grace.Email})[grace.Email]; n == 0 {
		t.Fatalf("no email to %s after issue:\n%s", grace.Email, portal.Mailbox(t))
	}
	if _, list = get(t, h, "/invoices/list"); !strings.Contains(list, `data-status="issued"`) {
		t.Fatalf("list after issue:\n%s", list)
	}

	paidOn := day(testenv.Clock.Now())
	_, body = post(t, h, "/invoices/"+id+"/mark-paid", url.Values{"amount": {"255.00"}, "paid_on": {paidOn}, "method": {"Bank transfer"}})
	if !strings.Contains(body, "is paid.") || !strings.Contains(body, "Paid "+paidOn+" by Bank transfer.") {
		t.Fatalf("mark paid:\n%s", body)
	}
	if v, err := ownerClient(portal).Invoice(testenv.Context(t), id); err != nil || v.Status != api.InvoicePaid || v.Payment == nil || v.Payment.Amount != 25500 {
		t.Fatalf("server invoice after payment %+v (%v)", v, err)
	}

	res, err := http.Get(h.UI.URL + "/invoices/" + id + "/pdf?number=" + url.QueryEscape(l.Invoices[0].Number))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	pdf, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || !bytes.HasPrefix(pdf, []byte("%PDF-")) || !strings.Contains(res.Header.Get("Content-Disposition"), "attachment") {
		t.Fatalf("PDF download: %d %q %.40q", res.StatusCode, res.Header.Get("Content-Disposition"), pdf)
	}
}

func TestANegativeQuantityShowsTheServersMessageAndNoInvoiceIsCreated(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	_, body := post(t, h, "/invoices", draftForm(grace.ID, [4]string{"Refund", "-2", "50.00", "0"}))
	if !strings.Contains(body, `id="line-0-quantity-error" class="field-error">The quantity must be a number of zero or more.`) ||
		!strings.Contains(body, `value="-2"`) || !strings.Contains(body, "Not saved:") {
		t.Fatalf("negative quantity:\n%s", body)
	}
	if l, err := ownerClient(portal).Invoices(testenv.Context(t), api.InvoiceQuery{}); err != nil || len(l.Invoices) != 0 {
		t.Fatalf("an invoice was stored: %+v (%v)", l.Invoices, err)
	}
}

func TestAnUnreadablePriceIsRefusedBesideItsInvoiceLine(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	_, body := post(t, h, "/invoices", draftForm(grace.ID, [4]string{"Design", "1", "ten", "0"}))
	if !strings.Contains(body, `id="line-0-unit-price-error" class="field-error">Give the unit price as a number`) {
		t.Fatalf("unreadable price:\n%s", body)
	}
	if l, _ := ownerClient(portal).Invoices(testenv.Context(t), api.InvoiceQuery{}); len(l.Invoices) != 0 {
		t.Fatalf("an invoice was stored: %+v", l.Invoices)
	}
}

func TestInvoiceAmountsAreFormattedAndParsedInMinorUnits(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in   string
		exp  int
		want int64
		ok   bool
	}{{"12.5", 2, 1250, true}, {"12", 2, 1200, true}, {"-3.25", 2, -325, true}, {"1.234", 3, 1234, true}, {"5", 0, 5, true},
		{"1.234", 2, 0, false}, {"1.", 2, 0, false}, {"", 2, 0, false}, {"1,5", 2, 0, false}, {"5.1", 0, 0, false}} {
		got, err := parseDecimal(c.in, c.exp)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("parseDecimal(%q, %d) = %d, %v", c.in, c.exp, got, err)
		}
	}
	for _, c := range []struct {
		minor int64
		exp   int
		want  string
	}{{25500, 2, "255.00"}, {5, 2, "0.05"}, {-325, 2, "-3.25"}, {1234, 3, "1.234"}, {7, 0, "7"}} {
		if got := formatDecimal(c.minor, c.exp); got != c.want {
			t.Errorf("formatDecimal(%d, %d) = %q, want %q", c.minor, c.exp, got, c.want)
		}
	}
}

// day is t as the YYYY-MM-DD the forms take.
func day(t time.Time) string { return t.Format(time.DateOnly) }
