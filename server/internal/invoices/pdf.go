package invoices

import (
	"context"
	"fmt"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/pdf/rtl"
	"clientportal/server/internal/store"
)

// The invoice PDF's layout: A4 in points from the top-left.
const (
	pdfLeft, pdfRight = 50.0, 545.0
	pdfRowHeight      = 18.0
	pdfRowsFirstPage  = 24
	pdfRowsPage       = 36
	pdfDescChars      = 48
)

// PDF makes the invoice's PDF copy; contactID, when set, must be the
// invoice's contact (the client's download).
func (s *Service) PDF(ctx context.Context, workspaceID, contactID, id string) (View, []byte, error) {
	var (
		v View
		w model.Workspace
	)
	var err error
	if contactID != "" {
		v, err = s.ForClient(ctx, workspaceID, contactID, id)
	} else {
		v, err = s.Get(ctx, workspaceID, id)
	}
	if err != nil {
		return View{}, nil, err
	}
	if err := s.store.View(ctx, func(tx *store.Tx) (err error) { w, err = tx.Workspaces().ByID(workspaceID); return err }); err != nil {
		return View{}, nil, err
	}
	p, err := s.pipeline()
	if err != nil {
		return View{}, nil, err
	}
	b, err := renderPDF(p, w, v)
	if err != nil {
		return View{}, nil, fmt.Errorf("invoice %s pdf: %w", id, err)
	}
	return v, b, nil
}

// renderPDF makes the invoice's PDF.
func renderPDF(p *pdf.Sealer, w model.Workspace, v View) ([]byte, error) {
	return renderIn(p, w, v, func(z *i18n.Localizer) [][]pdf.TextLine { return invoicePages(z, w, v) })
}

// renderIn lays pages out in the client's language (theirs, else the
// workspace's) and makes them a PDF, mirrored for a right-to-left one.
func renderIn(p *pdf.Sealer, w model.Workspace, v View, layout func(*i18n.Localizer) [][]pdf.TextLine) ([]byte, error) {
	z := p.Localizer(pdf.ClientLanguage(v.Contact.Language, w.Language))
	if z.RTL {
		return p.CreateRightToLeftPages(layout(z))
	}
	return p.CreatePages(layout(z))
}

// pdfMoney is an amount kept whole in a right-to-left line.
func pdfMoney(z *i18n.Localizer, minor int64, currency string) string {
	return rtl.Isolate(z.Money(minor, currency))
}

// invoicePages lays the invoice out in the client's language: heading,
// parties, lines, totals, notes.
func invoicePages(z *i18n.Localizer, w model.Workspace, v View) [][]pdf.TextLine {
	inv := v.Invoice
	title := z.T("pdf.invoice.title", "Number", rtl.Isolate(inv.Number))
	if inv.Number == "" {
		title = z.T("pdf.invoice.draft")
	}
	first := []pdf.TextLine{
		{Text: w.Name, X: pdfLeft, Y: 60, Size: 20},
		{Text: title, X: pdfRight, Y: 60, Size: 16, Right: true},
		{Text: z.T("pdf.invoice.issued", "Date", pdfDay(z, inv.IssueDate)), X: pdfRight, Y: 84, Size: 10, Right: true, Grey: true},
		{Text: z.T("pdf.invoice.due", "Date", pdfDay(z, inv.DueDate)), X: pdfRight, Y: 98, Size: 10, Right: true, Grey: true},
		{Text: z.T("pdf.invoice.status", "Status", z.T(pdfStatusID(v))), X: pdfRight, Y: 112, Size: 10, Right: true, Grey: true},
		{Text: z.T("pdf.invoice.bill_to"), X: pdfLeft, Y: 100, Size: 9, Grey: true},
		{Text: displayName(v.Contact), X: pdfLeft, Y: 116, Size: 12},
		{Text: v.Contact.Email, X: pdfLeft, Y: 132, Size: 10, Grey: true},
	}
	rows := tableRows(z, v)
	pages, y, room := [][]pdf.TextLine{first}, 180.0, pdfRowsFirstPage
	for _, r := range rows {
		if room == 0 {
			pages, y, room = append(pages, nil), 60.0, pdfRowsPage
		}
		for _, l := range r {
			l.Y = y
			pages[len(pages)-1] = append(pages[len(pages)-1], l)
		}
		y, room = y+pdfRowHeight, room-1
	}
	return pages
}

// tableRows are the lines, totals and notes, each a row of cells.
func tableRows(z *i18n.Localizer, v View) [][]pdf.TextLine {
	inv, cur := v.Invoice, v.Invoice.Currency
	cell := func(text string, x float64, right bool) pdf.TextLine {
		return pdf.TextLine{Text: text, X: x, Size: 10, Right: right}
	}
	money := func(minor int64) string { return pdfMoney(z, minor, cur) }
	rows := [][]pdf.TextLine{{cell(z.T("pdf.invoice.description"), pdfLeft, false), cell(z.T("pdf.invoice.quantity"), 345, true),
		cell(z.T("pdf.invoice.unit_price"), 420, true), cell(z.T("pdf.invoice.tax"), 465, true), cell(z.T("pdf.invoice.amount"), pdfRight, true)}}
	for _, l := range v.Lines {
		rows = append(rows, []pdf.TextLine{cell(shorten(l.Description, pdfDescChars), pdfLeft, false), cell(pdfQuantity(z, l.QuantityMilli), 345, true),
			cell(money(l.UnitPriceMinor), 420, true), cell(pdfRate(z, l.TaxRateBP), 465, true), cell(money(l.NetMinor), pdfRight, true)})
	}
	rows = append(rows, nil,
		[]pdf.TextLine{cell(z.T("pdf.invoice.subtotal"), 420, true), cell(money(inv.SubtotalMinor), pdfRight, true)},
		[]pdf.TextLine{cell(z.T("pdf.invoice.tax"), 420, true), cell(money(inv.TaxMinor), pdfRight, true)},
		[]pdf.TextLine{{Text: z.T("pdf.invoice.total"), X: 420, Size: 12, Right: true}, {Text: money(inv.TotalMinor), X: pdfRight, Size: 12, Right: true}})
	if inv.PaidMinor > 0 {
		paid := z.T("pdf.invoice.paid", "Amount", money(inv.PaidMinor), "Date", pdfDay(z, inv.PaidOn))
		if inv.PaymentMethod != "" {
			paid = z.T("pdf.invoice.paid_by", "Amount", money(inv.PaidMinor), "Date", pdfDay(z, inv.PaidOn), "Method", rtl.Isolate(inv.PaymentMethod))
		}
		rows = append(rows, nil, []pdf.TextLine{cell(paid, pdfLeft, false)})
		if left := Remaining(inv); left > 0 && inv.Status == model.InvoicePartiallyPaid {
			rows = append(rows, []pdf.TextLine{cell(z.T("pdf.invoice.left_to_pay", "Amount", money(left)), pdfLeft, false)})
		}
		if inv.RefundedMinor > 0 {
			rows = append(rows, []pdf.TextLine{cell(z.T("pdf.invoice.refunded", "Amount", money(inv.RefundedMinor)), pdfLeft, false)})
		}
	}
	if inv.Notes != "" {
		rows = append(rows, nil, []pdf.TextLine{{Text: z.T("pdf.invoice.notes"), X: pdfLeft, Size: 9, Grey: true}})
		for _, n := range wrap(inv.Notes, 90) {
			rows = append(rows, []pdf.TextLine{cell(n, pdfLeft, false)})
		}
	}
	return rows
}
