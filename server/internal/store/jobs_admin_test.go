package store_test

import (
	"errors"
	"testing"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestProblemsListsPendingRetryingAndDeadJobsNewestProblemFirstButNoDoneOnes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		clk := storetest.ClockOf(t, s)
		pending, retrying, older, newer, done := job("mail", "", s.Now()), job("mail", "", s.Now()), job("mail", "", s.Now()),
			job("mail", "", s.Now()), job("mail", "", s.Now())
		inTx(t, s, func(tx *store.Tx) error { return tx.Jobs().Enqueue(pending, retrying, older, newer, done) })
		inTx(t, s, func(tx *store.Tx) error {
			return errors.Join(tx.Jobs().Retry(older.ID, "gave up first", s.Now(), true), tx.Jobs().Complete(done.ID),
				tx.Jobs().Retry(retrying.ID, "smtp down", s.Now().Add(30*time.Minute), false))
		})
		clk.Advance(time.Hour)
		inTx(t, s, func(tx *store.Tx) error { return tx.Jobs().Retry(newer.ID, "gave up last", s.Now(), true) })

		cases := []struct {
			state string
			limit int
			want  []model.Job
		}{
			{"", 10, []model.Job{newer, retrying, older, pending}},
			{"", 2, []model.Job{newer, retrying}},
			{model.JobPending, 10, []model.Job{pending}},
			{store.JobRetrying, 10, []model.Job{retrying}},
			{model.JobDead, 10, []model.Job{newer, older}},
		}
		for _, c := range cases {
			view(t, s, func(tx *store.Tx) error {
				got, err := tx.Jobs().Problems(c.state, c.limit)
				if err != nil {
					t.Fatalf("problems %q: %v", c.state, err)
				}
				if ids(got) != ids(c.want) {
					t.Errorf("problems %q limit %d = %s, want %s", c.state, c.limit, ids(got), ids(c.want))
				}
				return nil
			})
		}
		view(t, s, func(tx *store.Tx) error {
			if _, err := tx.Jobs().Problems(model.JobDone, 10); err == nil {
				t.Error("listing done jobs as a problem state was accepted")
			}
			return nil
		})
	})
}

func TestReviveMakesADeadJobDueAgainWithItsAttemptsResetAndItsErrorKept(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		dead := job("mail", "", s.Now())
		inTx(t, s, func(tx *store.Tx) error { return tx.Jobs().Enqueue(dead) })
		claim(t, s, 1, time.Minute, "mail")
		inTx(t, s, func(tx *store.Tx) error { return tx.Jobs().Retry(dead.ID, "gave up", s.Now().Add(time.Hour), true) })

		at := storetest.ClockOf(t, s).Advance(time.Minute)
		var got model.Job
		inTx(t, s, func(tx *store.Tx) (err error) { got, err = tx.Jobs().Revive(dead.ID, at); return err })
		if got.State != model.JobPending || got.Attempts != 0 || got.LastError != "gave up" || got.FinishedAt != nil ||
			got.LockedUntil != nil || got.RunAt.Sub(at).Abs() > time.Second {
			t.Fatalf("revived job %+v; want pending, due at %v, 0 attempts, the error kept", got, at)
		}
		inTx(t, s, func(tx *store.Tx) error { _, err := tx.Jobs().PurgeFinishedBefore(at.Add(time.Hour)); return err })
		if claimed := claim(t, s, 1, time.Minute, "mail"); len(claimed) != 1 || claimed[0].ID != dead.ID || claimed[0].Attempts != 1 {
			t.Fatalf("claimed %+v after reviving; want the revived job at its first attempt", claimed)
		}
	})
}

func TestReviveRefusesAJobThatIsNotDeadAndAnUnknownIdAndChangesNothing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		pending := job("mail", "", s.Now().Add(time.Hour))
		inTx(t, s, func(tx *store.Tx) error { return tx.Jobs().Enqueue(pending) })
		before := loadJob(t, s, pending.ID)

		err := s.InTx(t.Context(), func(tx *store.Tx) error {
			got, err := tx.Jobs().Revive(pending.ID, s.Now())
			if got.State != model.JobPending {
				t.Errorf("Revive returned the job as %q, want it as it is (pending)", got.State)
			}
			return err
		})
		if !errors.Is(err, store.ErrNotDead) {
			t.Fatalf("reviving a pending job: %v, want ErrNotDead", err)
		}
		if after := loadJob(t, s, pending.ID); after.Attempts != before.Attempts || !after.RunAt.Equal(before.RunAt) || after.State != before.State {
			t.Errorf("the refused job changed from %+v to %+v", before, after)
		}
		err = s.InTx(t.Context(), func(tx *store.Tx) error { _, err := tx.Jobs().Revive("no-such-job", s.Now()); return err })
		if !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("reviving an unknown id: %v, want ErrNotFound", err)
		}
	})
}

func loadJob(t *testing.T, s *store.Store, id string) model.Job {
	t.Helper()
	var j model.Job
	view(t, s, func(tx *store.Tx) (err error) { j, err = tx.Jobs().ByID(id); return err })
	return j
}

// ids joins the jobs' ids in order, for comparing listings.
func ids(js []model.Job) string {
	s := ""
	for _, j := range js {
		s += j.ID[:8] + " "
	}
	return s
}
