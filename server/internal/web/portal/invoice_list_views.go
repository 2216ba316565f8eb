package portal

import (
	"fmt"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/i18n"
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

// invoiceGroupIDs are the headings of the client's list, in order.
// i18n: invoices.group.overdue invoices.group.due invoices.group.paid invoices.group.void
var invoiceGroupIDs = []string{"invoices.group.overdue", "invoices.group.due", "invoices.group.paid", "invoices.group.void"}

func (s *Server) invoiceGroups(c *fiber.Ctx) (InvoiceGroups, error) {
	ct, z := currentClient(c), s.lz(c)
	vs, err := s.Invoices.ClientList(c.UserContext(), ct.WorkspaceID, ct.ID)
	if err != nil {
		return InvoiceGroups{}, fmt.Errorf("invoices of %s: %w", ct.ID, err)
	}
	all := []InvoiceGroup{{ID: "overdue"}, {ID: "due"}, {ID: "paid"}, {ID: "void"}}
	for i := range all {
		all[i].Title = z.T(invoiceGroupIDs[i])
	}
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
		row := invoiceRow(z, v)
		row.PayLabel = payLabel(z, v.Invoice, online)
		anyPay = anyPay || row.PayLabel != ""
		all[i].Rows = append(all[i].Rows, row)
	}
	w, _ := currentWorkspace(c)
	g := InvoiceGroups{Empty: len(vs) == 0, EmptyText: z.T("invoices.empty", "Workspace", w.Name), PayOnline: online}
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

// invoiceStatuses are an invoice's states as the client reads them: the
// status word the invoices service gives, its message id and badge.
// i18n: invoices.status.overdue invoices.status.due invoices.status.partly_paid invoices.status.paid invoices.status.partly_refunded invoices.status.refunded invoices.status.void invoices.status.draft
var invoiceStatuses = map[string]struct{ id, badge string }{
	"Overdue": {"invoices.status.overdue", "overdue"}, "Due": {"invoices.status.due", "due"},
	"Partly paid": {"invoices.status.partly_paid", "due"}, "Paid": {"invoices.status.paid", "paid"},
	"Partly refunded": {"invoices.status.partly_refunded", "paid"}, "Refunded": {"invoices.status.refunded", "void"},
	"Void": {"invoices.status.void", "void"}, "Draft": {"invoices.status.draft", ""},
}

func invoiceRow(z *i18n.Localizer, v invoices.View) InvoiceRow {
	inv := v.Invoice
	due := z.T("invoices.due_on", "Date", z.Date(dayOf(inv.DueDate)))
	switch inv.Status {
	case model.InvoicePaid, model.InvoiceRefunded, model.InvoicePartiallyRefunded:
		due = z.T("invoices.paid_date", "Date", z.Date(dayOf(inv.PaidOn)))
	case model.InvoicePartiallyPaid:
		due += " · " + z.T("invoices.left", "Amount", z.Money(invoices.Remaining(inv), inv.Currency))
	}
	st := invoiceStatuses[v.StatusWord()]
	return InvoiceRow{ID: inv.ID, Number: inv.Number, Amount: z.Money(inv.TotalMinor, inv.Currency), Due: due,
		Status: z.T(st.id), StatusClass: "badge-" + st.badge}
}
