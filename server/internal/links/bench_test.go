package links

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"clientportal/server/internal/model"
	"clientportal/server/internal/sessions"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

// manyContacts adds n contacts in one transaction and returns their ids.
func (f *fixture) manyContacts(n int) []string {
	f.t.Helper()
	ids := make([]string, n)
	err := f.store.InTx(context.Background(), func(tx *store.Tx) error {
		for i := range ids {
			c, err := addContact(tx, f.ws.ID, fmt.Sprintf("c%05d@client.test", i), fmt.Sprintf("Client %d", i), f.now())
			if err != nil {
				return err
			}
			ids[i] = c.ID
		}
		return nil
	})
	if err != nil {
		f.t.Fatal(err)
	}
	return ids
}

// BenchmarkAcceptLoginEmailsFor5000Contacts times the service call behind
// POST /api/v1/login-emails for 5,000 contacts: check, record, enqueue.
func BenchmarkAcceptLoginEmailsFor5000Contacts(b *testing.B) {
	for _, dialect := range storetest.Dialects {
		b.Run(dialect, func(b *testing.B) {
			f := newFixture(b, dialect)
			ids := f.manyContacts(5000)
			cpu := cpuTime()
			for b.Loop() {
				if _, n, err := f.svc.SendLoginEmails(context.Background(), f.ws.ID, ids); err != nil || n != 5000 {
					b.Fatalf("%d queued: %v", n, err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}

// BenchmarkMakeLoginEmails times the job that turns a batch into emails
// (a fresh link and code, the template merged, the email queued) and
// reports emails made per second, without delivering them.
func BenchmarkMakeLoginEmails(b *testing.B) {
	const perBatch = 500
	for _, dialect := range storetest.Dialects {
		b.Run(dialect, func(b *testing.B) {
			f := newFixture(b, dialect)
			ids := f.manyContacts(perBatch)
			ctx := context.Background()
			made := 0
			cpu := cpuTime()
			for b.Loop() {
				b.StopTimer()
				batch, _, err := f.svc.SendLoginEmails(ctx, f.ws.ID, ids)
				if err != nil {
					b.Fatal(err)
				}
				payload, _ := json.Marshal(batchPayload{BatchID: batch})
				b.StartTimer()
				if err := f.svc.runLoginEmailBatch(ctx, model.Job{WorkspaceID: f.ws.ID, Payload: payload}); err != nil {
					b.Fatal(err)
				}
				made += perBatch
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(made)/b.Elapsed().Seconds(), "emails/s")
		})
	}
}

// BenchmarkLoginWithCode times a login with the 6-digit code of a login email.
func BenchmarkLoginWithCode(b *testing.B) {
	for _, dialect := range storetest.Dialects {
		b.Run(dialect, func(b *testing.B) {
			f := newFixture(b, dialect)
			jane := f.contact("jane@client.test", "Jane Doe")
			ctx := context.Background()
			cpu := cpuTime()
			for b.Loop() {
				b.StopTimer()
				var code string
				err := f.store.InTx(ctx, func(tx *store.Tx) error {
					l := f.svc.newLink(jane, model.LinkLoginEmail, f.sessions.SessionIdle, true, f.now())
					code = l.Code
					return tx.LoginLinks().Create(&l.Link)
				})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := f.svc.LoginWithCode(ctx, f.ws.ID, "jane@client.test", code, sessions.ClientMeta{}); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}
