package links

import (
	"context"
	"log/slog"
	"time"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// JobPurgeLinks is the job kind that deletes expired login links.
const JobPurgeLinks = "login_links.purge"

// linkRetention keeps expired links a day, so "email me a fresh link" still
// finds their contact.
const linkRetention = 24 * time.Hour

// SchedulePurge enqueues this hour's purge; the unique key makes several
// instances agree on one.
func (s *Service) SchedulePurge(ctx context.Context) error {
	j, err := jobs.NewJob("", JobPurgeLinks, struct{}{})
	if err != nil {
		return err
	}
	key := "purge-links:" + s.now().Format("2006010215")
	j.UniqueKey = &key
	return s.store.InTx(ctx, func(tx *store.Tx) error { return jobs.Enqueue(tx, j) })
}

func (s *Service) runPurgeLinks(ctx context.Context, _ model.Job) error {
	var n int64
	err := s.store.InTx(ctx, func(tx *store.Tx) (err error) {
		n, err = tx.LoginLinks().PurgeExpired(s.now().Add(-linkRetention))
		return err
	})
	if err == nil {
		slog.Info("purged expired login links", "count", n)
	}
	return err
}
