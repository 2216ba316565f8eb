package e2e

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
)

func TestAnIssuedInvoiceTriggersAnEmailWithItsNumberTotalAndOneClickLink(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := open(t, dialect)
		s.createWorkflow(api.WorkflowInput{Name: "Invoice note", Enabled: true, Trigger: api.WorkflowTrigger{Event: "invoice.issued"},
			Steps: []api.WorkflowStep{{Kind: "email", Subject: "About invoice {{invoice.number}}",
				Body: "Hi {{contact.first_name}}, invoice {{invoice.number}} is {{invoice.total}}: {{invoice.link}}"}}})
		jane := s.invite("jane@client.test", "Jane Doe")
		due := systemtest.Clock(t, s.sys).Now().AddDate(0, 0, 14).Format(time.DateOnly)
		var inv api.Invoice
		mustCall(s, http.MethodPost, "/api/v1/invoices", api.InvoiceInput{ContactID: jane.ID, Currency: "EUR", DueDate: due,
			Lines: []api.InvoiceLineInput{{Description: "Design", Quantity: "1", UnitPrice: 120000}}}, &inv)
		mustCall(s, http.MethodPost, "/api/v1/invoices/"+inv.ID+"/issue", nil, &inv)
		s.automate()
		var note *email
		for _, m := range s.emailsTo("jane@client.test") {
			if strings.HasPrefix(m.Subject, "About invoice") {
				note = &m
			}
		}
		if note == nil || note.Subject != "About invoice "+inv.Number || !strings.Contains(note.Text, "EUR 1,200.00") ||
			!strings.Contains(note.Text, s.acmeURL("/invoices/"+inv.ID+"/open/")) {
			t.Fatalf("the workflow's email %+v; want invoice %s, its total and a one-click link to it", note, inv.Number)
		}
	})
}
