package e2e

import (
	"context"
	"fmt"
	"testing"
	"time"

	"clientportal/server/internal/events"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/api"
)

// burst is how many contacts one event burst enrols.
const burst = 10000

// BenchmarkTenThousandContactsEnrolledByOneEventBurst measures, per
// database, how fast 10,000 contact.invited events recorded at once become
// runs whose first step is done (runs/s), beside the same queue's raw rate
// for 10,000 jobs that do nothing (jobs/s), both through Queue.RunOnce.
func BenchmarkTenThousandContactsEnrolledByOneEventBurst(b *testing.B) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		b.Run(dialect, func(b *testing.B) {
			s := open(b, dialect)
			s.sys.Queue.Handle("bench.noop", func(context.Context, model.Job) error { return nil })
			s.createWorkflow(api.WorkflowInput{Name: "Nudge", Enabled: true, Trigger: api.WorkflowTrigger{Event: "contact.invited"},
				Steps: []api.WorkflowStep{{Kind: "wait", Duration: "72h"}, {Kind: "email", Subject: "Hi", Body: "{{portal.magic_link}}"}}})
			var runs, queue time.Duration
			for i := range b.N {
				prefix := fmt.Sprintf("b%d", i)
				s.bulkContacts(s.acme.Workspace.ID, prefix, burst)
				s.inviteBurst(prefix)
				t0 := time.Now()
				s.automate()
				runs += time.Since(t0)
				s.noopJobs(burst)
				t0 = time.Now()
				s.automate()
				queue += time.Since(t0)
			}
			b.ReportMetric(float64(b.N*burst)/runs.Seconds(), "runs/s")
			b.ReportMetric(float64(b.N*burst)/queue.Seconds(), "jobs/s")
		})
	}
}

// inviteBurst records contact.invited for every bulk contact of prefix in one transaction.
func (s *server) inviteBurst(prefix string) {
	s.t.Helper()
	err := s.sys.Store.InTx(context.Background(), func(tx *store.Tx) error {
		for n := 1; n <= burst; n++ {
			id := fmt.Sprintf("%s-%08d", prefix, n)
			if err := events.Emit(tx, s.acme.Workspace.ID, model.EventContactInvited, map[string]any{"contact_id": id}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		s.t.Fatalf("record the burst: %v", err)
	}
}

// noopJobs queues n jobs that do nothing, in one transaction.
func (s *server) noopJobs(n int) {
	s.t.Helper()
	js := make([]model.Job, n)
	for i := range js {
		js[i], _ = jobs.NewJob(s.acme.Workspace.ID, "bench.noop", struct{}{})
	}
	if err := s.sys.Store.InTx(context.Background(), func(tx *store.Tx) error { return jobs.Enqueue(tx, js...) }); err != nil {
		s.t.Fatalf("queue no-op jobs: %v", err)
	}
}
