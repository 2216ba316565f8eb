package portal

import (
	"fmt"
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/invoices"
	"clientportal/server/internal/model"
)

// InvoiceRow is one invoice in the client's list.
type InvoiceRow struct {
	ID, Number, Amount, Due, Status, StatusClass string
	PayLabel                                     string // "Pay EUR 10.00" when it can be paid online
}

// InvoiceGroup is one heading of the client's list with its invoices.
type InvoiceGroup struct {
	Title, ID string
	Rows      []InvoiceRow
}

// InvoiceGroups are the client's invoices by what they need: overdue, due,
// paid, voided (empty groups left out).
type InvoiceGroups struct {
	Groups    []InvoiceGroup
	Empty     bool
	EmptyText string // what will appear here, while there is nothing
	CSRF      string // the Pay buttons' form token
	PayOnline bool   // the workspace takes payments online
}

// InvoicesPage lists the client's invoices: overdue, due, paid.
type InvoicesPage struct {
	Layout
	Groups InvoiceGroups
}

func (s *Server) invoiceGroups(c *fiber.Ctx) (InvoiceGroups, error) {
	ct := currentClient(c)
	vs, err := s.Invoices.ClientList(c.UserContext(), ct.WorkspaceID, ct.ID)
	if err != nil {
		return InvoiceGroups{}, fmt.Errorf("invoices of %s: %w", ct.ID, err)
	}
	all := []InvoiceGroup{{Title: "Overdue", ID: "overdue"}, {Title: "Due", ID: "due"}, {Title: "Paid", ID: "paid"}, {Title: "Voided", ID: "void"}}
	online := len(vs) > 0 && s.payOnline(c, ct.WorkspaceID)
	anyPay := false
	for _, v := range vs {
		i := 3
		switch {
		case v.Overdue():
			i = 0
		case invoices.Payable(v.Invoice):
			i = 1
		case v.Invoice.Status != model.InvoiceVoid:
			i = 2
		}
		row := invoiceRow(v)
		row.PayLabel = payLabel(v.Invoice, online)
		anyPay = anyPay || row.PayLabel != ""
		all[i].Rows = append(all[i].Rows, row)
	}
	w, _ := currentWorkspace(c)
	sec, _ := sectionBySlug("invoices")
	g := InvoiceGroups{Empty: len(vs) == 0, EmptyText: fmt.Sprintf(sec.Empty, w.Name), PayOnline: online}
	if anyPay {
		g.CSRF = csrfToken(c)
	}
	for _, grp := range all {
		if len(grp.Rows) > 0 {
			g.Groups = append(g.Groups, grp)
		}
	}
	return g, nil
}

func invoiceRow(v invoices.View) InvoiceRow {
	inv := v.Invoice
	due := "Due " + longDate(inv.DueDate)
	switch inv.Status {
	case model.InvoicePaid, model.InvoiceRefunded, model.InvoicePartiallyRefunded:
		due = "Paid " + longDate(inv.PaidOn)
	case model.InvoicePartiallyPaid:
		due += " · " + invoices.FormatMoney(invoices.Remaining(inv), inv.Currency) + " left"
	}
	word := v.StatusWord()
	return InvoiceRow{ID: inv.ID, Number: inv.Number, Amount: invoices.FormatMoney(inv.TotalMinor, inv.Currency), Due: due,
		Status: word, StatusClass: "badge-" + map[string]string{"Overdue": "overdue", "Due": "due", "Partly paid": "due", "Paid": "paid",
			"Partly refunded": "paid", "Refunded": "void", "Void": "void"}[word]}
}

// longDate writes YYYY-MM-DD as "2 March 2026".
func longDate(d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return t.Format("2 January 2006")
}
