package e2e

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/systemtest"
	"clientportal/server/internal/webhooks"
	"clientportal/shared/api"
)

// sweepOverdue queues the overdue sweep as the running server does each
// minute, and does all the work that follows.
func (s *server) sweepOverdue() {
	s.t.Helper()
	if err := s.sys.Invoices.ScheduleOverdueSweep(context.Background()); err != nil {
		s.t.Fatalf("queue the overdue sweep: %v", err)
	}
	s.automate()
}

// typesSent are the event types a receiver was sent, in order.
func typesSent(t *testing.T, rcv *receiver) []string {
	var out []string
	for _, d := range rcv.got() {
		var b webhooks.Body
		if err := json.Unmarshal(d.Body, &b); err != nil {
			t.Fatalf("a delivery is not JSON: %s", d.Body)
		}
		out = append(out, b.Type)
	}
	return out
}

func TestAContactAddedThroughTheAPIOrAnInviteStartsContactCreatedWorkflowsAndWebhooks(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := openAllowingPrivate(t, dialect)
		rcv := newReceiver(t)
		mustCall(s, http.MethodPost, "/api/v1/webhooks", api.WebhookInput{URL: rcv.URL + "/hooks", Events: []string{"contact.created"}}, nil)
		w := s.createWorkflow(api.WorkflowInput{Name: "Welcome", Enabled: true, Trigger: api.WorkflowTrigger{Event: "contact.created"},
			Steps: []api.WorkflowStep{{Kind: "notify_owner", Message: "New contact {{contact.name}}"}}})
		ada := s.contact("ada@client.test", "Ada Lovelace")
		jane := s.invite("jane@client.test", "Jane Doe") // a new email: the invite adds her
		s.automate()
		s.invite("ada@client.test", "") // inviting a contact who exists adds no one
		s.automate()

		runs := s.runsOf(w.ID)
		if len(runs) != 2 || runs[ada.ID].State != "done" || runs[jane.ID].State != "done" {
			t.Fatalf("runs %+v; want one finished run each for Ada and Jane", runs)
		}
		if got := strings.Join(typesSent(t, rcv), " "); got != "contact.created contact.created" {
			t.Errorf("the webhook was sent %q, want contact.created twice", got)
		}
	})
}

func TestAnInvoicePastItsDueDateIsOverdueOnceAndItsWorkflowRemindsTheClientOnce(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := openAllowingPrivate(t, dialect)
		rcv := newReceiver(t)
		mustCall(s, http.MethodPost, "/api/v1/webhooks", api.WebhookInput{URL: rcv.URL + "/hooks", Events: []string{"invoice.overdue"}}, nil)
		w := s.createWorkflow(api.WorkflowInput{Name: "Overdue", Enabled: true, Trigger: api.WorkflowTrigger{Event: "invoice.overdue"},
			Steps: []api.WorkflowStep{{Kind: "email", Subject: "Invoice {{invoice.number}} is overdue", Body: "It is {{invoice.total}}: {{invoice.link}}"}}})
		jane := s.invite("jane@client.test", "Jane Doe")
		bob := s.invite("bob@client.test", "Bob Stone")
		s.automate()
		due := systemtest.Clock(t, s.sys).Now().UTC().AddDate(0, 0, 2).Format(time.DateOnly)
		unpaid := s.issueInvoice(jane.ID, due)
		paid := s.issueInvoice(bob.ID, due)
		mustCall(s, http.MethodPost, "/api/v1/invoices/"+paid.ID+"/mark-paid", api.Payment{Amount: paid.Total, Method: "bank transfer"}, nil)

		s.sweepOverdue()
		if n := len(s.runsOf(w.ID)); n != 0 {
			t.Fatalf("%d runs before the due date passed, want none", n)
		}
		s.later(3 * 24 * time.Hour)
		s.sweepOverdue()
		s.later(time.Hour)
		s.sweepOverdue()
		s.later(2 * 24 * time.Hour)
		s.sweepOverdue()

		runs := s.runsOf(w.ID)
		if len(runs) != 1 || runs[jane.ID].State != "done" {
			t.Fatalf("runs %+v; want one finished run, for Jane's unpaid invoice", runs)
		}
		var reminders []email
		for _, m := range s.emailsTo("jane@client.test") {
			if strings.HasSuffix(m.Subject, "is overdue") {
				reminders = append(reminders, m)
			}
		}
		if len(reminders) != 1 || reminders[0].Subject != "Invoice "+unpaid.Number+" is overdue" {
			t.Errorf("Jane's reminders %+v; want one, for invoice %s", reminders, unpaid.Number)
		}
		for _, m := range s.emailsTo("bob@client.test") {
			if strings.HasSuffix(m.Subject, "is overdue") {
				t.Errorf("Bob, who paid, got %q", m.Subject)
			}
		}
		if got := strings.Join(typesSent(t, rcv), " "); got != "invoice.overdue" {
			t.Errorf("the webhook was sent %q, want invoice.overdue once", got)
		}
	})
}

// issueInvoice issues an invoice of EUR 100 to the contact, due on due.
func (s *server) issueInvoice(contactID, due string) api.Invoice {
	s.t.Helper()
	var inv api.Invoice
	mustCall(s, http.MethodPost, "/api/v1/invoices", api.InvoiceInput{ContactID: contactID, Currency: "EUR", DueDate: due,
		Lines: []api.InvoiceLineInput{{Description: "Design", Quantity: "1", UnitPrice: 10000}}}, &inv)
	mustCall(s, http.MethodPost, "/api/v1/invoices/"+inv.ID+"/issue", nil, &inv)
	return inv
}
