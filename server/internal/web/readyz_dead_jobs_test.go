package web_test

import (
	"context"
	"errors"
	"net/http"
	"testing"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

func TestReadyzStaysReadyButNamesTheDeadJobs(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			ctx := context.Background()
			p.sys.Queue.Handle("test.broken", func(context.Context, model.Job) error {
				return jobs.Permanent(errors.New("the printer is on fire"))
			})
			for range 2 {
				j, err := jobs.NewJob(p.acme.Workspace.ID, "test.broken", struct{}{})
				if err != nil {
					t.Fatal(err)
				}
				if err := p.sys.Store.InTx(ctx, func(tx *store.Tx) error { return jobs.Enqueue(tx, j) }); err != nil {
					t.Fatal(err)
				}
			}
			for n := 1; n > 0; {
				var err error
				if n, err = p.sys.Queue.RunOnce(ctx); err != nil {
					t.Fatal(err)
				}
			}
			want := "ready; 2 dead jobs (portal jobs --state dead)"
			if a := p.do(request{path: "/readyz"}); a.status != http.StatusOK || a.body != want {
				t.Fatalf("/readyz with two dead jobs = %d %q; want 200 %q", a.status, a.body, want)
			}
		})
	}
}
