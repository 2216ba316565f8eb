package ui

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestTheOwnerSchedulesPausesAndStopsARecurringInvoiceAndABadPriceIsExplained(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	c := ownerClient(portal)
	ada, err := c.CreateContact(testenv.Context(t), api.NewContact{Email: "ada@example.test", Name: "Ada Lovelace"}, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, page := get(t, h, "/recurring/"); !strings.Contains(page, "Nothing scheduled yet") || !strings.Contains(page, `href="/recurring/"`) {
		t.Fatalf("recurring page before scheduling:\n%s", page)
	}
	start := testenv.Clock.Now().AddDate(0, 0, 3).Format(time.DateOnly)
	form := url.Values{"contact_id": {ada.ID}, "description": {"Retainer"}, "quantity": {"1"}, "unit_price": {"ten"}, "currency": {"EUR"},
		"interval": {"month"}, "starts_on": {start}, "count": {"12"}}
	if _, body := post(t, h, "/recurring", form); !strings.Contains(body, `id="rec-price-error"`) {
		t.Fatalf("a bad price was not explained beside the field:\n%s", body)
	}
	form.Set("unit_price", "1000")
	if _, body := post(t, h, "/recurring", form); !strings.Contains(body, "Scheduled: the first invoice is issued and emailed on "+start) {
		t.Fatalf("schedule:\n%s", body)
	}
	l, err := c.RecurringInvoices(testenv.Context(t))
	if err != nil || len(l.RecurringInvoices) != 1 || l.RecurringInvoices[0].Lines[0].UnitPrice != 100000 {
		t.Fatalf("the server has %+v (%v)", l, err)
	}
	id := l.RecurringInvoices[0].ID
	_, body := get(t, h, "/recurring/list")
	if m := missing(body, "Ada Lovelace", "Retainer: 1 × EUR 1,000.00", start, "0 of 12 issued", "Pause"); m != "" {
		t.Fatalf("the list misses %q:\n%s", m, body)
	}
	if _, body = post(t, h, "/recurring/"+id+"/pause", url.Values{"paused": {"true"}}); !strings.Contains(body, "paused") || !strings.Contains(body, "Resume") {
		t.Fatalf("pause:\n%s", body)
	}
	if _, body = post(t, h, "/recurring/"+id+"/delete", nil); !strings.Contains(body, "Nothing scheduled yet") {
		t.Fatalf("stop:\n%s", body)
	}
}
