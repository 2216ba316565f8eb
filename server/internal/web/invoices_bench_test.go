package web_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/api"
)

// BenchmarkClientInvoicesList measures GET /invoices for a client with 500 invoices.
func BenchmarkClientInvoicesList(b *testing.B) {
	lp := newLivePortal(b, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	now := lp.sys.Clock.Now()
	issued, due, paidOn := day(now.AddDate(0, -1, 0)), day(now), day(now.AddDate(0, 0, -3))
	err := lp.sys.Store.InTx(context.Background(), func(tx *store.Tx) error {
		for i := range 500 {
			st := []string{model.InvoiceIssued, model.InvoicePaid}[i%2]
			inv := model.Invoice{ID: uuid.NewString(), WorkspaceID: lp.acme.Workspace.ID, ContactID: ada, Number: fmt.Sprintf("INV-%04d", i+1),
				Status: st, Currency: "EUR", IssueDate: issued, DueDate: due, SubtotalMinor: 1000, TaxMinor: 200, TotalMinor: 1200,
				PaidOn: paidOn, CreatedAt: now.Add(time.Duration(i) * time.Second), UpdatedAt: now}
			if err := tx.Invoices().Create(&inv, nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	c := lp.signIn(ada)
	b.ResetTimer()
	for b.Loop() {
		res, err := c.Get(lp.origin() + "/invoices")
		if err != nil || res.StatusCode != 200 {
			b.Fatalf("GET /invoices: %v %v", err, res)
		}
		readAll(res)
		res.Body.Close()
	}
}

// BenchmarkMessageDelivery measures the time from the owner's POST of a
// message to the event on the client's page stream, with many page streams
// open (BENCH_SSE_STREAMS, 1000 by default, spread over 20 signed-in clients).
func BenchmarkMessageDelivery(b *testing.B) {
	lp := newLivePortal(b, "sqlite")
	lp.sys.Hub.Poll = 2 * time.Second // delivery must come from the commit's wake-up, not the poll
	streams := 1000
	if v, err := strconv.Atoi(os.Getenv("BENCH_SSE_STREAMS")); err == nil && v > 0 {
		streams = v
	}
	const clients = 20
	ids := make([]string, clients)
	targets := make([]<-chan string, 0, streams)
	for i := range clients {
		ids[i] = lp.newContact(fmt.Sprintf("Client %d", i), fmt.Sprintf("c%d@example.test", i))
		c := lp.signIn(ids[i])
		for j := i; j < streams; j += clients {
			ch := lp.benchEvents(c)
			if i == 0 {
				targets = append(targets, ch)
			}
		}
	}
	time.Sleep(500 * time.Millisecond)
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		lp.ownerAPI(http.MethodPost, "/api/v1/messages", api.NewMessage{ContactID: ids[0], Body: "ping"}, nil)
		for _, ch := range targets {
			select {
			case <-ch:
			case <-time.After(10 * time.Second):
				b.Fatal("a stream of the recipient got no event")
			}
		}
		b.ReportMetric(float64(time.Since(start).Microseconds())/1000, "ms/delivery")
	}
	b.ReportMetric(float64(streams), "streams")
}
