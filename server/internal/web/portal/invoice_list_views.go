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
	for _, v := range vs {
		i := 3
		switch {
		case v.Overdue():
			i = 0
		case v.Invoice.Status == model.InvoiceIssued:
			i = 1
		case v.Invoice.Status == model.InvoicePaid:
			i = 2
		}
		all[i].Rows = append(all[i].Rows, invoiceRow(v))
	}
	w, _ := currentWorkspace(c)
	sec, _ := sectionBySlug("invoices")
	g := InvoiceGroups{Empty: len(vs) == 0, EmptyText: fmt.Sprintf(sec.Empty, w.Name)}
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
	if inv.Status == model.InvoicePaid {
		due = "Paid " + longDate(inv.PaidOn)
	}
	word := v.StatusWord()
	return InvoiceRow{ID: inv.ID, Number: inv.Number, Amount: invoices.FormatMoney(inv.TotalMinor, inv.Currency), Due: due,
		Status: word, StatusClass: "badge-" + map[string]string{"Overdue": "overdue", "Due": "due", "Paid": "paid", "Void": "void"}[word]}
}

// longDate writes YYYY-MM-DD as "2 March 2026".
func longDate(d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return t.Format("2 January 2006")
}
