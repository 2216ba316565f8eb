package invoices

import (
	"context"
	"fmt"

	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
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
	b, err := p.CreatePages(invoicePages(w, v))
	if err != nil {
		return View{}, nil, fmt.Errorf("invoice %s pdf: %w", id, err)
	}
	return v, b, nil
}

// invoicePages lays the invoice out: heading, parties, lines, totals, notes.
func invoicePages(w model.Workspace, v View) [][]pdf.TextLine {
	inv := v.Invoice
	title := "Invoice " + inv.Number
	if inv.Number == "" {
		title = "Draft invoice"
	}
	first := []pdf.TextLine{
		{Text: w.Name, X: pdfLeft, Y: 60, Size: 20},
		{Text: title, X: pdfRight, Y: 60, Size: 16, Right: true},
		{Text: "Issued " + inv.IssueDate, X: pdfRight, Y: 84, Size: 10, Right: true, Grey: true},
		{Text: "Due " + inv.DueDate, X: pdfRight, Y: 98, Size: 10, Right: true, Grey: true},
		{Text: "Status: " + statusWord(v), X: pdfRight, Y: 112, Size: 10, Right: true, Grey: true},
		{Text: "Bill to", X: pdfLeft, Y: 100, Size: 9, Grey: true},
		{Text: displayName(v.Contact), X: pdfLeft, Y: 116, Size: 12},
		{Text: v.Contact.Email, X: pdfLeft, Y: 132, Size: 10, Grey: true},
	}
	rows := tableRows(v)
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
func tableRows(v View) [][]pdf.TextLine {
	inv, cur := v.Invoice, v.Invoice.Currency
	cell := func(text string, x float64, right bool) pdf.TextLine {
		return pdf.TextLine{Text: text, X: x, Size: 10, Right: right}
	}
	rows := [][]pdf.TextLine{{cell("Description", pdfLeft, false), cell("Qty", 345, true), cell("Unit price", 420, true), cell("Tax", 465, true), cell("Amount", pdfRight, true)}}
	for _, l := range v.Lines {
		rows = append(rows, []pdf.TextLine{cell(shorten(l.Description, pdfDescChars), pdfLeft, false), cell(FormatQuantity(l.QuantityMilli), 345, true),
			cell(FormatMoney(l.UnitPriceMinor, cur), 420, true), cell(FormatRate(l.TaxRateBP), 465, true), cell(FormatMoney(l.NetMinor, cur), pdfRight, true)})
	}
	rows = append(rows, nil,
		[]pdf.TextLine{cell("Subtotal", 420, true), cell(FormatMoney(inv.SubtotalMinor, cur), pdfRight, true)},
		[]pdf.TextLine{cell("Tax", 420, true), cell(FormatMoney(inv.TaxMinor, cur), pdfRight, true)},
		[]pdf.TextLine{{Text: "Total", X: 420, Size: 12, Right: true}, {Text: FormatMoney(inv.TotalMinor, cur), X: pdfRight, Size: 12, Right: true}})
	if inv.PaidMinor > 0 {
		rows = append(rows, nil, []pdf.TextLine{cell(fmt.Sprintf("Paid %s (last on %s %s)", FormatMoney(inv.PaidMinor, cur), inv.PaidOn, methodText(inv.PaymentMethod)), pdfLeft, false)})
		if left := Remaining(inv); left > 0 && inv.Status == model.InvoicePartiallyPaid {
			rows = append(rows, []pdf.TextLine{cell("Left to pay "+FormatMoney(left, cur), pdfLeft, false)})
		}
		if inv.RefundedMinor > 0 {
			rows = append(rows, []pdf.TextLine{cell("Refunded "+FormatMoney(inv.RefundedMinor, cur), pdfLeft, false)})
		}
	}
	if inv.Notes != "" {
		rows = append(rows, nil, []pdf.TextLine{{Text: "Notes", X: pdfLeft, Size: 9, Grey: true}})
		for _, n := range wrap(inv.Notes, 90) {
			rows = append(rows, []pdf.TextLine{cell(n, pdfLeft, false)})
		}
	}
	return rows
}

func methodText(m string) string {
	if m == "" {
		return ""
	}
	return "by " + m
}
