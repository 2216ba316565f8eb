package web_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"testing"
	"time"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/recurring"
	"clientportal/server/internal/store"
	"clientportal/server/internal/systemtest"
	"clientportal/shared/api"
)

// newQueuePortal serves the owner API with no background workers: the test
// runs the job queue itself, after moving the clock.
func newQueuePortal(t *testing.T, dialect string) *livePortal {
	t.Helper()
	ln := systemtest.Listen(t)
	port := fmt.Sprint(ln.Addr().(*net.TCPAddr).Port)
	sys := systemtest.Open(t, dialect, map[string]string{"PORTAL_BASE_URL": "http://localhost:" + port})
	systemtest.Serve(t, sys, ln)
	lp := &livePortal{t: t, sys: sys, clock: systemtest.Clock(t, sys), port: port}
	var err error
	if lp.acme, err = sys.Workspaces.Setup(context.Background(), "Acme Studio", "owner@acme.test"); err != nil {
		t.Fatal(err)
	}
	return lp
}

// runDue runs the job queue until nothing is due on the test clock.
func (lp *livePortal) runDue() {
	lp.t.Helper()
	for {
		n, err := lp.sys.Queue.RunOnce(context.Background())
		if err != nil {
			lp.t.Fatal(err)
		}
		if n == 0 {
			return
		}
	}
}

// moveTo sets the test clock to noon (UTC) of day.
func (lp *livePortal) moveTo(day time.Time) {
	now := lp.clock.Now()
	lp.clock.Advance(time.Date(day.Year(), day.Month(), day.Day(), 12, 0, 0, 0, time.UTC).Sub(now))
}

// issuedDates are the issue dates of Acme's issued invoices, oldest first.
func (lp *livePortal) issuedDates() []string {
	lp.t.Helper()
	var list api.InvoiceList
	lp.ownerAPI(http.MethodGet, "/api/v1/invoices", nil, &list)
	var out []string
	for i := len(list.Invoices) - 1; i >= 0; i-- {
		out = append(out, list.Invoices[i].Number+" "+list.Invoices[i].IssueDate)
	}
	return out
}

// next31st is the first 31st after from whose next month is shorter.
func next31st(from time.Time) time.Time {
	d := time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1)
	for d.Day() != 31 || d.AddDate(0, 0, 1).AddDate(0, 1, -1).Day() == 31 {
		d = d.AddDate(0, 0, 1)
	}
	return d
}

func TestRecurringInvoicesIssueOncePerPeriodOnTheMonthsLastDayAndCatchUpAMissedPeriod(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			lp := newQueuePortal(t, dialect)
			ada := lp.newContact("Ada Lovelace", "ada@example.test")
			start := next31st(lp.clock.Now())
			in := api.RecurringInvoiceInput{ContactID: ada, Currency: "EUR", Interval: "month", StartsOn: day(start), Count: 3,
				Lines: []api.InvoiceLineInput{{Description: "Retainer", Quantity: "1", UnitPrice: 100000, TaxRateBP: 2000}}}
			var ri api.RecurringInvoice
			lp.ownerAPI(http.MethodPost, "/api/v1/recurring-invoices", in, &ri)
			if ri.NextOn != day(start) || ri.Count != 3 {
				t.Fatalf("created %+v", ri)
			}
			lp.runDue()
			if got := lp.issuedDates(); len(got) != 0 {
				t.Fatalf("invoices issued before the start date: %v", got)
			}

			lp.moveTo(start)
			lp.runDue()
			// A second instance's job for the same period (or one left over from before a restart).
			dup, _ := jobs.NewJob(lp.acme.Workspace.ID, recurring.JobIssue, map[string]any{"recurring_id": ri.ID, "period": 0})
			if err := lp.sys.Store.InTx(context.Background(), func(tx *store.Tx) error { return jobs.Enqueue(tx, dup) }); err != nil {
				t.Fatal(err)
			}
			lp.runDue()
			if got := lp.issuedDates(); len(got) != 1 || got[0] != "INV-0001 "+day(start) {
				t.Fatalf("on the start date: %v", got)
			}

			second := recurring.PeriodDate(start, "month", 1) // the last day of a shorter month
			third := recurring.PeriodDate(start, "month", 2)
			if second.Day() == 31 || second.Month() != start.AddDate(0, 0, 1).Month() {
				t.Fatalf("the second period falls on %s", day(second))
			}
			// The server is down through the second period and back on the third.
			lp.moveTo(third)
			lp.runDue()
			want := []string{"INV-0001 " + day(start), "INV-0002 " + day(second), "INV-0003 " + day(third)}
			if got := lp.issuedDates(); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("issued %v, want %v", got, want)
			}
			lp.moveTo(third.AddDate(0, 2, 0))
			lp.runDue()
			if got := lp.issuedDates(); len(got) != 3 {
				t.Errorf("after the count of 3: %v", got)
			}
			lp.ownerAPI(http.MethodGet, "/api/v1/recurring-invoices/"+ri.ID, nil, &ri)
			if ri.NextOn != "" || len(ri.Issued) != 3 {
				t.Errorf("the finished schedule: next %q, %d issued", ri.NextOn, len(ri.Issued))
			}
			var emails int
			for _, e := range lp.emailsTo("ada@example.test") {
				if e.Kind == "invoice" {
					emails++
				}
			}
			if emails != 3 {
				t.Errorf("%d invoice emails, want 3", emails)
			}
		})
	}
}

func TestARecurringInvoicePausedSkipsNothingAndNewLinesApplyFromTheNextPeriod(t *testing.T) {
	lp := newQueuePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	start := lp.clock.Now().AddDate(0, 0, 1)
	var ri api.RecurringInvoice
	lp.ownerAPI(http.MethodPost, "/api/v1/recurring-invoices", api.RecurringInvoiceInput{ContactID: ada, Currency: "EUR", Interval: "week",
		StartsOn: day(start), Lines: []api.InvoiceLineInput{{Description: "Coaching", Quantity: "1", UnitPrice: 5000}}}, &ri)
	paused := true
	lp.ownerAPI(http.MethodPatch, "/api/v1/recurring-invoices/"+ri.ID, api.RecurringInvoiceChange{Paused: &paused}, &ri)
	lp.moveTo(start)
	lp.runDue()
	if got := lp.issuedDates(); len(got) != 0 {
		t.Fatalf("a paused schedule issued %v", got)
	}
	paused = false
	lp.ownerAPI(http.MethodPatch, "/api/v1/recurring-invoices/"+ri.ID, api.RecurringInvoiceChange{Paused: &paused,
		Lines: []api.InvoiceLineInput{{Description: "Coaching", Quantity: "2", UnitPrice: 5000}}}, &ri)
	lp.runDue()
	var list api.InvoiceList
	lp.ownerAPI(http.MethodGet, "/api/v1/invoices", nil, &list)
	if len(list.Invoices) != 1 || list.Invoices[0].Total != 10000 || list.Invoices[0].IssueDate != day(start) {
		t.Fatalf("after resuming with new lines: %+v", list.Invoices)
	}
	if status, _ := lp.call(lp.acme.Token, http.MethodDelete, "/api/v1/recurring-invoices/"+ri.ID, nil); status != 204 {
		t.Fatalf("delete: %d", status)
	}
	lp.moveTo(start.AddDate(0, 0, 14))
	lp.runDue()
	if got := lp.issuedDates(); len(got) != 1 {
		t.Errorf("a deleted schedule went on: %v", got)
	}
	other := lp.otherWorkspace()
	if status, _ := lp.call(other, http.MethodGet, "/api/v1/recurring-invoices/"+ri.ID, nil); status != 404 {
		t.Errorf("another workspace reads the schedule: %d", status)
	}
	bad := api.RecurringInvoiceInput{ContactID: ada, Currency: "EUR", Interval: "fortnight", StartsOn: day(lp.clock.Now().AddDate(0, 0, -1)),
		Lines: []api.InvoiceLineInput{{Description: "x", Quantity: "1", UnitPrice: 1}}}
	status, body := lp.call(lp.acme.Token, http.MethodPost, "/api/v1/recurring-invoices", bad)
	if _, fields := errorFields(t, body); status != 422 || fields["interval"] == "" || fields["starts_on"] == "" {
		t.Errorf("a bad schedule: %d %s", status, body)
	}
}
