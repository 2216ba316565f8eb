package invoices

import (
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
)

// pdfStatusIDs name an invoice's state on its PDF, in the order of pdfStatusID.
// i18n: pdf.invoice.status.overdue pdf.invoice.status.due pdf.invoice.status.partly_paid pdf.invoice.status.paid
// i18n: pdf.invoice.status.partly_refunded pdf.invoice.status.refunded pdf.invoice.status.void pdf.invoice.status.draft
var pdfStatusIDs = []string{"pdf.invoice.status.overdue", "pdf.invoice.status.due", "pdf.invoice.status.partly_paid",
	"pdf.invoice.status.paid", "pdf.invoice.status.partly_refunded", "pdf.invoice.status.refunded",
	"pdf.invoice.status.void", "pdf.invoice.status.draft"}

// pdfStatusID is the message id of the word statusWord gives.
func pdfStatusID(v View) string {
	switch {
	case v.Overdue():
		return pdfStatusIDs[0]
	case v.Invoice.Status == model.InvoiceIssued:
		return pdfStatusIDs[1]
	case v.Invoice.Status == model.InvoicePartiallyPaid:
		return pdfStatusIDs[2]
	case v.Invoice.Status == model.InvoicePaid:
		return pdfStatusIDs[3]
	case v.Invoice.Status == model.InvoicePartiallyRefunded:
		return pdfStatusIDs[4]
	case v.Invoice.Status == model.InvoiceRefunded:
		return pdfStatusIDs[5]
	case v.Invoice.Status == model.InvoiceVoid:
		return pdfStatusIDs[6]
	}
	return pdfStatusIDs[7]
}

// pdfDay writes a YYYY-MM-DD date in the language; anything else as it is.
func pdfDay(z *i18n.Localizer, date string) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return z.Date(t)
}

// pdfPrinter writes numbers in the language's digits and separators.
func pdfPrinter(z *i18n.Localizer) *message.Printer { return message.NewPrinter(language.Make(z.Code)) }

// pdfQuantity writes thousandths of a unit in the language ("1,5" in German).
func pdfQuantity(z *i18n.Localizer, milli int64) string {
	return pdfPrinter(z).Sprint(number.Decimal(float64(milli)/1000, number.MaxFractionDigits(3)))
}

// pdfRate writes basis points as a percentage in the language ("20 %" in French).
func pdfRate(z *i18n.Localizer, bp int) string {
	return pdfPrinter(z).Sprint(number.Percent(float64(bp)/10_000, number.MaxFractionDigits(2)))
}
