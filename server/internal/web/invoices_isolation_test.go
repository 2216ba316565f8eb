package web_test

import (
	"encoding/json"
	"net/http"
	"testing"

	"clientportal/server/internal/storetest"
	"clientportal/shared/api"
)

func jsonInto(b []byte, out any) error { return json.Unmarshal(b, out) }

func TestAnotherWorkspaceAndAnotherClientCannotReachAnInvoiceOnAnyRoute(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			lp := newLivePortal(t, dialect)
			ada := lp.newContact("Ada Lovelace", "ada@example.test")
			bob := lp.newContact("Bob Other", "bob@example.test")
			inv := lp.issueInvoice(lp.draftInvoice(ada))
			var draft api.Invoice
			lp.ownerAPI(http.MethodPost, "/api/v1/invoices", lp.draftInvoice(ada), &draft)
			other := lp.otherWorkspace()
			for _, r := range []struct {
				method, path string
				body         any
			}{
				{"GET", "/api/v1/invoices/" + inv.ID, nil},
				{"GET", "/api/v1/invoices/" + inv.ID + "/pdf", nil},
				{"PUT", "/api/v1/invoices/" + draft.ID, lp.draftInvoice(ada)},
				{"POST", "/api/v1/invoices/" + draft.ID + "/issue", nil},
				{"POST", "/api/v1/invoices/" + inv.ID + "/mark-paid", api.Payment{Amount: 1}},
				{"POST", "/api/v1/invoices/" + inv.ID + "/void", nil},
			} {
				if status, body := lp.call(other, r.method, r.path, r.body); status != http.StatusNotFound {
					t.Errorf("another workspace's %s %s answers %d %s, want 404", r.method, r.path, status, body)
				}
			}
			var list api.InvoiceList
			_, b := lp.call(other, "GET", "/api/v1/invoices?contact_id="+ada, nil)
			if err := jsonInto(b, &list); err != nil || len(list.Invoices) != 0 {
				t.Errorf("another workspace lists %d of Acme's invoices (%v)", len(list.Invoices), err)
			}
			c := lp.signIn(bob)
			for _, p := range []string{"/invoices/" + inv.ID, "/invoices/" + inv.ID + "/pdf"} {
				if got := lp.clientStatus(c, p); got != http.StatusNotFound {
					t.Errorf("another client's GET %s answers %d, want 404", p, got)
				}
			}
			if body := get(t, c, lp.origin()+"/invoices"); contains(body, inv.Number) == "" {
				t.Errorf("another client's list shows %s", inv.Number)
			}
			var after api.Invoice
			lp.ownerAPI("GET", "/api/v1/invoices/"+inv.ID, nil, &after)
			if after.Status != api.InvoiceIssued {
				t.Errorf("the invoice is %s after the other workspace's tries", after.Status)
			}
		})
	}
}
