package invoices

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/shared/clock"
)

var (
	sealerOnce sync.Once
	sealer     *pdf.Sealer
	sealerErr  error
)

// pipeline is one PDF pipeline for the package's tests, with the
// frontend's fonts (pdfcpu keeps fonts process-wide).
func pipeline(t *testing.T) *pdf.Sealer {
	t.Helper()
	sealerOnce.Do(func() {
		dir, err := os.MkdirTemp("", "invoices-pdf-")
		if err != nil {
			sealerErr = err
			return
		}
		sealer, sealerErr = pdf.NewSealer(dir, os.DirFS(filepath.Join("..", "..", "..", "frontend", "fonts")))
	})
	if sealerErr != nil {
		t.Fatalf("PDF pipeline (fonts missing? run scripts/fonts.sh): %v", sealerErr)
	}
	return sealer
}

// pdfText is what pdftotext reads, with no-break spaces as plain ones.
func pdfText(t *testing.T, doc []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatalf("pdftotext is not installed (poppler-utils): %v", err)
	}
	file := filepath.Join(t.TempDir(), "invoice.pdf")
	if err := os.WriteFile(file, doc, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", file, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(string(out))
}

// anInvoice is an issued invoice of 1,234.50 EUR to contact, issued today
// by the test clock and due in two weeks.
func anInvoice(contact model.Contact) View {
	today := clock.NewOffset().Now()
	return View{
		Invoice: model.Invoice{Number: "2026-0007", Status: model.InvoiceIssued, Currency: "EUR",
			IssueDate: today.Format(time.DateOnly), DueDate: today.AddDate(0, 0, 14).Format(time.DateOnly),
			SubtotalMinor: 103739, TaxMinor: 19711, TotalMinor: 123450},
		Lines: []model.InvoiceLine{{Description: "Webdesign", QuantityMilli: 1500, UnitPriceMinor: 69159,
			TaxRateBP: 1900, NetMinor: 103739}},
		Contact: contact,
		Today:   today.Format(time.DateOnly),
	}
}

func TestTheInvoicePDFOfAGermanClientIsInGermanWithGermanMoney(t *testing.T) {
	p := pipeline(t)
	v := anInvoice(model.Contact{Name: "Jürgen Weiß", Email: "juergen@example.de", Language: "de"})
	doc, err := renderPDF(p, model.Workspace{Name: "Acme Studio", Language: "en"}, v)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, doc)
	z := p.Localizer("de")
	issued, _ := time.Parse(time.DateOnly, v.Invoice.IssueDate)
	due, _ := time.Parse(time.DateOnly, v.Invoice.DueDate)
	for _, want := range []string{"Rechnung 2026-0007", "Ausgestellt am " + z.Date(issued), "Fällig am " + z.Date(due),
		"Status: Fällig", "Rechnung an", "Jürgen Weiß", "Beschreibung", "Menge", "Einzelpreis", "Steuer", "Betrag",
		"Zwischensumme", "Gesamtbetrag", "1.234,50 €", "1.037,39 €", "691,59 €", "1,5", "19 %", "Webdesign"} {
		if !strings.Contains(text, want) {
			t.Errorf("the German invoice lacks %q:\n%s", want, text)
		}
	}
	for _, english := range []string{"Invoice", "Total", "Bill to", "EUR"} {
		if strings.Contains(text, english) {
			t.Errorf("the German invoice still says %q:\n%s", english, text)
		}
	}
}

func TestTheInvoicePDFFollowsTheWorkspacesLanguageWhenTheClientHasNone(t *testing.T) {
	p := pipeline(t)
	doc, err := renderPDF(p, model.Workspace{Name: "Acme Studio", Language: "ja"}, anInvoice(model.Contact{Name: "山田花子", Email: "hanako@example.jp"}))
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, doc)
	for _, want := range []string{"請求書 2026-0007", "請求先", "山田花子", "合計", "小計", "単価", "€1,234.50"} {
		if !strings.Contains(text, want) {
			t.Errorf("the Japanese invoice lacks %q:\n%s", want, text)
		}
	}
}

func TestTheInvoicePDFOfAnArabicClientReadsRightToLeft(t *testing.T) {
	p := pipeline(t)
	doc, err := renderPDF(p, model.Workspace{Name: "Acme Studio"}, anInvoice(model.Contact{Name: "ليلى حداد", Email: "layla@example.com", Language: "ar"}))
	if err != nil {
		t.Fatal(err)
	}
	text := norm.NFKC.String(strings.Map(func(r rune) rune {
		if (r >= 0x202A && r <= 0x202E) || r == 0x200F || r == 0x200E || r == 0x061C {
			return -1
		}
		return r
	}, pdfText(t, doc)))
	for _, want := range []string{"فاتورة 2026-0007", "فاتورة إلى", "ليلى حداد", "الوصف", "الكمية", "سعر الوحدة", "المجموع الفرعي", "الإجمالي", "الحالة", "مستحقة", "1,234.50"} {
		if !strings.Contains(text, want) {
			t.Errorf("the Arabic invoice lacks %q in logical order:\n%s", want, text)
		}
	}
}

func TestTheReceiptOfAGermanClientIsInGerman(t *testing.T) {
	p := pipeline(t)
	v := anInvoice(model.Contact{Name: "Jürgen Weiß", Email: "juergen@example.de", Language: "de"})
	v.Invoice.PaidMinor = 50000
	pay := model.Payment{AmountMinor: 50000, Currency: "EUR", PaidOn: v.Invoice.IssueDate, Method: "Karte", Reference: "pi_123"}
	doc, err := renderReceipt(p, model.Workspace{Name: "Acme Studio"}, v, pay)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, doc)
	paid, _ := time.Parse(time.DateOnly, pay.PaidOn)
	for _, want := range []string{"Quittung", "Erhalten von", "Jürgen Weiß", "Gezahlter Betrag", "500,00 €", "Bezahlt am",
		p.Localizer("de").Date(paid), "Referenz", "pi_123", "Rechnungsbetrag", "1.234,50 €", "Noch zu zahlen", "734,50 €"} {
		if !strings.Contains(text, want) {
			t.Errorf("the German receipt lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Receipt") || strings.Contains(text, "EUR") {
		t.Errorf("the German receipt still has English words or codes:\n%s", text)
	}
}
