package workspace

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// JobCheckDomains is the job kind that re-checks the DNS proof of every
// custom domain that is due (see domain_schedule.go).
const JobCheckDomains = "domains.check"

// CheckEvery is how often a check of the due domains is queued.
const CheckEvery = 5 * time.Minute

// checkBatch is the most domains one run of the job checks, checkAtOnce
// how many of them are asked about at the same time (a run must end well
// within the job's minute).
const (
	checkBatch  = 100
	checkAtOnce = 8
)

// Register gives the queue the handler of the domain re-check job.
func (s *Service) Register(q *jobs.Queue) { q.Handle(JobCheckDomains, s.runDomainChecks) }

// ScheduleDomainChecks queues this slot's re-check; the unique key makes
// several instances agree on one.
func (s *Service) ScheduleDomainChecks(ctx context.Context) error {
	j, err := jobs.NewJob("", JobCheckDomains, struct{}{})
	if err != nil {
		return err
	}
	key := "domain-checks:" + s.clock.Now().UTC().Truncate(CheckEvery).Format("200601021504")
	j.UniqueKey = &key
	return s.store.InTx(ctx, func(tx *store.Tx) error { return jobs.Enqueue(tx, j) })
}

func (s *Service) runDomainChecks(ctx context.Context, _ model.Job) error {
	n, err := s.CheckDueDomains(ctx)
	if n > 0 {
		slog.Info("checked custom domains", "count", n)
	}
	return err
}

// CheckDueDomains checks the DNS proof of the domains due now (at most a
// batch) and records each outcome in its own transaction; it returns how
// many it checked.
func (s *Service) CheckDueDomains(ctx context.Context) (int, error) {
	now := s.clock.Now()
	var due []model.Domain
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		due, err = tx.Domains().DueForCheck(now, checkBatch)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("domains due for a check: %w", err)
	}
	var (
		mu   sync.Mutex
		errs []error
		wg   sync.WaitGroup
		sem  = make(chan struct{}, checkAtOnce)
	)
	for _, d := range due {
		sem <- struct{}{}
		if ctx.Err() != nil { // out of time: the rest stay due for the next run
			<-sem
			break
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			if err := s.recheck(ctx, d, now); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return len(due), errors.Join(errs...)
}

// recheck checks one due domain; a domain checked meanwhile (by Verify or
// another instance) or removed is left alone.
func (s *Service) recheck(ctx context.Context, d model.Domain, now time.Time) error {
	c := s.lookup(ctx, d)
	if ctx.Err() != nil {
		return nil // the job ran out of time; this domain stays due
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		fresh, err := tx.Domains().ByID(d.WorkspaceID, d.ID)
		if errors.Is(err, store.ErrNotFound) || (err == nil && (fresh.NextCheckAt == nil || fresh.NextCheckAt.After(now))) {
			return nil
		} else if err != nil {
			return err
		}
		_, _, err = s.saveCheck(tx, fresh, c)
		return err
	})
	if err != nil {
		return fmt.Errorf("check domain %s: %w", d.Host, err)
	}
	return nil
}

// WarnUnverified logs, loudly, the custom domains that serve no portal
// because their DNS proof has not been seen (after an upgrade, every domain
// added before verification existed).
func (s *Service) WarnUnverified(ctx context.Context) {
	var (
		n     int64
		hosts []string
	)
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		n, hosts, err = tx.Domains().CountUnverified(20)
		return err
	})
	if err != nil {
		slog.Warn("count unverified domains", "err", err)
		return
	}
	if n > 0 {
		slog.Warn("custom domains serve no portal until their DNS proof is seen: each needs a TXT record "+
			model.ChallengePrefix+"<host> with the value the owner's desktop app and GET /api/v1/portal show",
			"unverified", n, "hosts", hosts)
	}
}
