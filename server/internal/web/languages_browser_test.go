package web_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"clientportal/shared/api"
	"clientportal/testkit/browsertest"
)

// newContactIn adds a contact of Acme who chose lang on their profile.
func (lp *livePortal) newContactIn(name, email, lang string) string {
	lp.t.Helper()
	var c api.Contact
	lp.ownerAPI(http.MethodPost, "/api/v1/contacts", api.NewContact{Name: name, Email: email, Language: lang}, &c)
	if c.Language != lang {
		lp.t.Fatalf("the contact's language is %q, want %q", c.Language, lang)
	}
	return c.ID
}

// invoiceOf1234 is an invoice of €1,234.50: €1,028.75 of work and 20 % tax.
func (lp *livePortal) invoiceOf1234(contactID string) api.Invoice {
	today := lp.sys.Clock.Now()
	return lp.issueInvoice(api.InvoiceInput{ContactID: contactID, Currency: "EUR", IssueDate: day(today.AddDate(0, 0, -7)),
		DueDate: day(today.AddDate(0, 1, 0)), PaymentURL: "https://pay.example.test/inv",
		Lines: []api.InvoiceLineInput{{Description: "Consulting", Quantity: "1", UnitPrice: 102875, TaxRateBP: 2000}}})
}

// invoiceWords are what a client reads on an invoice in one language.
type invoiceWords struct {
	lang, title, total, amount, badge, dueLabel, allLink, listGroup, subject string
	date                                                                     func(time.Time) string
}

var (
	germanMonths = []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
	arabicMonths = []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}
)

var invoiceLanguages = []invoiceWords{
	{lang: "de", title: "Rechnung INV-0001", total: "Gesamt", amount: "1.234,50\u00a0€", badge: "Fällig", dueLabel: "Fällig", allLink: "Alle Rechnungen",
		listGroup: "Fällig", subject: "Rechnung INV-0001 von Acme Studio: 1.234,50\u00a0€",
		date: func(t time.Time) string {
			return fmt.Sprintf("%d. %s %d", t.Day(), germanMonths[t.Month()-1], t.Year())
		}},
	{lang: "ja", title: "請求書 INV-0001", total: "合計", amount: "€1,234.50", badge: "支払い待ち", dueLabel: "支払期限", allLink: "すべての請求書",
		listGroup: "支払い待ち", subject: "Acme Studio からの請求書 INV-0001: €1,234.50",
		date: func(t time.Time) string { return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day()) }},
	{lang: "ar", title: "الفاتورة INV-0001", total: "الإجمالي", amount: "1,234.50\u00a0€", badge: "مستحقة", dueLabel: "تاريخ الاستحقاق", allLink: "كل الفواتير",
		listGroup: "مستحقة", subject: "الفاتورة INV-0001 من Acme Studio:",
		date: func(t time.Time) string { return fmt.Sprintf("%d %s %d", t.Day(), arabicMonths[t.Month()-1], t.Year()) }},
}

func TestAnInvoiceShowsTheClientsLanguageWithItsDatesAndMoney(t *testing.T) {
	for _, w := range invoiceLanguages {
		t.Run(w.lang, func(t *testing.T) {
			lp := newLivePortal(t, "sqlite")
			ada := lp.newContactIn("Ada Lovelace", "ada@example.test", w.lang)
			inv := lp.invoiceOf1234(ada)
			due, _ := time.Parse(time.DateOnly, inv.DueDate)
			if mails := lp.emailsTo("ada@example.test"); len(mails) == 0 || !strings.Contains(mails[0].Subject, w.subject) {
				t.Errorf("the invoice email's subject is not %q: %+v", w.subject, mails)
			}
			b := browsertest.New(t, phone)
			lp.signInBrowser(b, ada)
			b.Run(chromedp.Navigate(lp.origin() + "/invoices/" + inv.ID))
			b.Run(chromedp.WaitVisible(chromedp.CSS(`#invoice-total`)))
			checks := map[string]string{"#invoice-title": w.title, "#invoice-total": w.amount, "#invoice-status": w.badge,
				".invoice-total-label": w.total, "#invoice-due": w.date(due), `.invoice-page > p > a`: w.allLink}
			for css, want := range checks {
				if got := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(b.Text(css)), "←")); !strings.Contains(got, want) {
					t.Errorf("%s reads %q, want %q", css, got, want)
				}
			}
			if got := b.Text(".invoice-meta dl"); !strings.Contains(got, w.dueLabel) {
				t.Errorf("the invoice's dates read %q, want the label %q", got, w.dueLabel)
			}
			if lang := browsertest.Value(b, chromedp.Evaluate[string](`document.documentElement.lang`)); lang != w.lang {
				t.Errorf("the page's lang is %q, want %q", lang, w.lang)
			}
			b.Run(chromedp.Navigate(lp.origin() + "/invoices"))
			if got := b.Text("#invoices-due"); !strings.Contains(got, w.listGroup) || !strings.Contains(got, w.amount) || !strings.Contains(got, w.date(due)) {
				t.Errorf("the list's due group reads %q, want %q, %q and %q", got, w.listGroup, w.amount, w.date(due))
			}
		})
	}
}

func TestTheArabicInvoiceIsRightToLeftAndHasNoSeriousAccessibilityIssue(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContactIn("Ada Lovelace", "ada@example.test", "ar")
	inv := lp.invoiceOf1234(ada)
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	for _, path := range []string{"/invoices/" + inv.ID, "/invoices"} {
		b.Run(chromedp.Navigate(lp.origin() + path))
		b.Run(chromedp.WaitVisible(chromedp.CSS(`main h1`)))
		got := browsertest.Value(b, chromedp.Evaluate[[]string](`[document.documentElement.dir, getComputedStyle(document.querySelector("main h1")).direction]`))
		if got[0] != "rtl" || got[1] != "rtl" {
			t.Errorf("%s: the page's dir and its heading's direction are %v, want rtl", path, got)
		}
		noHorizontalScroll(t, b, "the Arabic "+path)
		b.Screenshot(path)
		for _, v := range b.Axe() {
			t.Errorf("%s accessibility: %s", path, v)
		}
	}
}

func TestTheGroupsBadgeCountsNewPostsWithTheLanguagesPluralForms(t *testing.T) {
	w := newGroupWorld(t, "sqlite")
	badge := func() string {
		list := w.p.accessPage(http.MethodGet, w.origin+"/groups", w.benSes, nil)
		i := strings.Index(list.body, `class="badge group-new">`)
		if i < 0 {
			return ""
		}
		rest := list.body[i+len(`class="badge group-new">`):]
		return rest[:strings.Index(rest, "<")]
	}
	w.post(w.adaSes, "Hello from Ada", nil)
	if got := badge(); got != "1 new post" {
		t.Errorf("after one post Ben's badge reads %q, want 1 new post", got)
	}
	w.post(w.adaSes, "And a second thought", nil)
	if got := badge(); got != "2 new posts" {
		t.Errorf("after two posts Ben's badge reads %q, want 2 new posts", got)
	}
	a := w.p.api(http.MethodPatch, "/api/v1/contacts/"+w.ben.ID, w.p.acme.Token, `{"language":"pl"}`)
	mustStatus(t, a, http.StatusOK)
	if got := badge(); got != "2 nowe posty" {
		t.Errorf("in Polish two posts read %q, want 2 nowe posty", got)
	}
	for i := range 3 {
		w.post(w.adaSes, fmt.Sprintf("Thought number %d", i+3), nil)
	}
	if got := badge(); got != "5 nowych postów" {
		t.Errorf("in Polish five posts read %q, want 5 nowych postów", got)
	}
	w.p.accessPage(http.MethodGet, w.origin+"/groups/"+w.group, w.benSes, nil)
	w.post(w.adaSes, "One more", nil)
	if got := badge(); got != "1 nowy post" {
		t.Errorf("in Polish one post reads %q, want 1 nowy post", got)
	}
}

func TestAGermanMembersEmptyPostIsRefusedInGerman(t *testing.T) {
	w := newGroupWorld(t, "sqlite")
	mustStatus(t, w.p.api(http.MethodPatch, "/api/v1/contacts/"+w.ada.ID, w.p.acme.Token, `{"language":"de"}`), http.StatusOK)
	a := w.post(w.adaSes, "   ", nil)
	if a.status != http.StatusUnprocessableEntity || !strings.Contains(a.body, "Schreiben Sie etwas oder fügen Sie ein Bild hinzu.") {
		t.Fatalf("an empty post answered %d without the German refusal:\n%s", a.status, a.body)
	}
	if strings.Contains(a.body, "Write something") {
		t.Errorf("the refusal is still in English")
	}
}
