package invoices

import (
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/pdf/rtl"
)

// renderReceipt makes a payment's receipt PDF.
func renderReceipt(p *pdf.Sealer, w model.Workspace, v View, pay model.Payment) ([]byte, error) {
	return renderIn(p, w, v, func(z *i18n.Localizer) [][]pdf.TextLine { return receiptPages(z, w, v, pay) })
}

// receiptPages lays out a one-page receipt: who paid whom, how much, when,
// how, and Stripe's reference.
func receiptPages(z *i18n.Localizer, w model.Workspace, v View, p model.Payment) [][]pdf.TextLine {
	inv := v.Invoice
	row := func(y float64, label, value string) []pdf.TextLine {
		return []pdf.TextLine{{Text: label, X: pdfLeft, Y: y, Size: 10, Grey: true}, {Text: value, X: 200, Y: y, Size: 11}}
	}
	method := p.Method
	if method == "" {
		method = "—"
	}
	page := []pdf.TextLine{
		{Text: w.Name, X: pdfLeft, Y: 60, Size: 20},
		{Text: z.T("pdf.receipt.title"), X: pdfRight, Y: 60, Size: 16, Right: true},
		{Text: z.T("pdf.receipt.received_from"), X: pdfLeft, Y: 100, Size: 9, Grey: true},
		{Text: displayName(v.Contact), X: pdfLeft, Y: 116, Size: 12},
		{Text: v.Contact.Email, X: pdfLeft, Y: 132, Size: 10, Grey: true},
	}
	page = append(page, row(180, z.T("pdf.receipt.invoice"), rtl.Isolate(inv.Number))...)
	page = append(page, row(200, z.T("pdf.receipt.amount_paid"), pdfMoney(z, p.AmountMinor, p.Currency))...)
	page = append(page, row(220, z.T("pdf.receipt.paid_on"), pdfDay(z, p.PaidOn))...)
	page = append(page, row(240, z.T("pdf.receipt.method"), rtl.Isolate(method))...)
	y := 260.0
	if p.Reference != "" {
		page = append(page, row(y, z.T("pdf.receipt.reference"), rtl.Isolate(p.Reference))...)
		y += 20
	}
	page = append(page, row(y, z.T("pdf.receipt.invoice_total"), pdfMoney(z, inv.TotalMinor, inv.Currency))...)
	page = append(page, row(y+20, z.T("pdf.receipt.left_to_pay"), pdfMoney(z, Remaining(inv), inv.Currency))...)
	return [][]pdf.TextLine{page}
}
