package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestAJobWithAQueuedUniqueKeyIsEnqueuedOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		first, second := job("mail", "email:1", now()), job("mail", "email:1", now())
		inTx(t, s, func(tx *store.Tx) error { return tx.Jobs().Enqueue(first) })
		inTx(t, s, func(tx *store.Tx) error { return tx.Jobs().Enqueue(second, job("mail", "", now())) })
		claimed := claim(t, s, 10, time.Minute, "mail")
		if len(claimed) != 2 {
			t.Fatalf("claimed %d jobs, want 2 (the duplicate skipped)", len(claimed))
		}
		view(t, s, func(tx *store.Tx) error {
			if _, err := tx.Jobs().ByID(second.ID); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("the duplicate job was saved: %v", err)
			}
			return nil
		})
	})
}

func TestClaimTakesOnlyDueJobsOfTheKindsAskedAndHidesThemForTheLease(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		due, later, other := job("mail", "", now().Add(-time.Second)), job("mail", "", now().Add(time.Hour)), job("pdf", "", now())
		inTx(t, s, func(tx *store.Tx) error { return tx.Jobs().Enqueue(due, later, other) })

		claimed := claim(t, s, 10, time.Hour, "mail")
		if len(claimed) != 1 || claimed[0].ID != due.ID || claimed[0].Attempts != 1 || string(claimed[0].Payload) != `{"n":1}` {
			t.Fatalf("claimed %+v, want only the due mail job with attempt 1 and its payload", claimed)
		}
		if again := claim(t, s, 10, time.Hour, "mail"); len(again) != 0 {
			t.Fatalf("a leased job was claimed again: %+v", again)
		}
		if got := claim(t, s, 10, time.Hour, "pdf", "mail"); len(got) != 1 || got[0].ID != other.ID {
			t.Fatalf("claim of pdf and mail got %+v, want the pdf job", got)
		}
	})
}

func TestAJobWhoseLeaseRanOutIsClaimedAgainWithTheNextAttempt(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		j := job("mail", "", now().Add(-time.Second))
		inTx(t, s, func(tx *store.Tx) error { return tx.Jobs().Enqueue(j) })
		claim(t, s, 1, time.Minute, "mail")
		storetest.ClockOf(t, s).Advance(2 * time.Minute)
		if got := claim(t, s, 1, time.Minute, "mail"); len(got) != 1 || got[0].Attempts != 2 {
			t.Fatalf("after the lease ran out, claimed %+v; want the job at attempt 2", got)
		}
	})
}

func TestRetryCompleteAndDeadChangeAJobsState(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		retried, done, dead := job("mail", "", now()), job("mail", "", now()), job("mail", "", now())
		inTx(t, s, func(tx *store.Tx) error { return tx.Jobs().Enqueue(retried, done, dead) })
		claim(t, s, 10, time.Minute, "mail")
		next := now().Add(time.Hour)
		inTx(t, s, func(tx *store.Tx) error {
			return errors.Join(tx.Jobs().Retry(retried.ID, "smtp down", next, false),
				tx.Jobs().Complete(done.ID), tx.Jobs().Retry(dead.ID, "gave up", next, true))
		})
		view(t, s, func(tx *store.Tx) error {
			r, _ := tx.Jobs().ByID(retried.ID)
			if r.State != model.JobPending || r.LastError != "smtp down" || r.LockedUntil != nil || r.RunAt.Sub(next).Abs() > time.Second {
				t.Errorf("retried job %+v", r)
			}
			d, _ := tx.Jobs().ByID(done.ID)
			if d.State != model.JobDone || d.FinishedAt == nil {
				t.Errorf("completed job %+v", d)
			}
			x, _ := tx.Jobs().ByID(dead.ID)
			if x.State != model.JobDead || x.LastError != "gave up" || x.FinishedAt == nil {
				t.Errorf("dead job %+v", x)
			}
			return nil
		})
		if got := claim(t, s, 10, time.Minute, "mail"); len(got) != 0 {
			t.Fatalf("claimed %d finished or not-yet-due jobs", len(got))
		}
		var purged int64
		inTx(t, s, func(tx *store.Tx) (err error) {
			purged, err = tx.Jobs().PurgeFinishedBefore(now().Add(time.Minute))
			return err
		})
		if purged != 2 {
			t.Fatalf("purged %d finished jobs, want 2 (the pending one stays)", purged)
		}
	})
}

func TestEventsGetIncreasingIDsAndAreReadPerWorkspace(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		a, b := createWorkspace(t, s, "a"), createWorkspace(t, s, "b")
		view(t, s, func(tx *store.Tx) error {
			if id, err := tx.Events().LastID(); err != nil || id != 0 {
				t.Errorf("LastID of no events = %d, %v", id, err)
			}
			return nil
		})
		var ids []int64
		for _, ws := range []string{a.ID, b.ID, a.ID} {
			e := model.Event{WorkspaceID: ws, Type: "contact.invited", Data: []byte(`{"x":1}`), CreatedAt: now()}
			inTx(t, s, func(tx *store.Tx) error { return tx.Events().Append(&e) })
			ids = append(ids, e.ID)
		}
		if !(ids[0] > 0 && ids[0] < ids[1] && ids[1] < ids[2]) {
			t.Fatalf("event ids %v are not increasing", ids)
		}
		view(t, s, func(tx *store.Tx) error {
			if last, _ := tx.Events().LastID(); last != ids[2] {
				t.Errorf("LastID = %d, want %d", last, ids[2])
			}
			if all, _ := tx.Events().After(ids[0], 10); len(all) != 2 || all[0].ID != ids[1] {
				t.Errorf("After(%d) = %+v", ids[0], all)
			}
			mine, _ := tx.Events().ForWorkspace(a.ID, 0, 10)
			if len(mine) != 2 || mine[0].ID != ids[0] || mine[1].ID != ids[2] || string(mine[1].Data) != `{"x":1}` {
				t.Errorf("events of a = %+v, want its two", mine)
			}
			return nil
		})
	})
}

func TestEmailsAreReadWithinTheirWorkspaceAndKeepTheirDeliveryStatus(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		a, b := createWorkspace(t, s, "a"), createWorkspace(t, s, "b")
		e := model.Email{ID: uuid.NewString(), WorkspaceID: a.ID, Kind: "invitation", FromAddr: "no-reply@a.test", ToAddr: "c@x.test",
			Subject: "Hi", TextBody: "Hi", HTMLBody: "<p>Hi</p>", MessageID: uuid.NewString() + "@a.test", Status: model.EmailQueued, CreatedAt: now()}
		inTx(t, s, func(tx *store.Tx) error { return tx.Emails().CreateMany([]model.Email{e}) })
		inTx(t, s, func(tx *store.Tx) error { return tx.Emails().MarkAttempt(e.ID, 1, "refused", false) })
		view(t, s, func(tx *store.Tx) error {
			if _, err := tx.Emails().ByID(b.ID, e.ID); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("workspace b read a's email: %v", err)
			}
			got, err := tx.Emails().ByID(a.ID, e.ID)
			if err != nil || got.Status != model.EmailQueued || got.Error != "refused" || got.Attempts != 1 {
				t.Errorf("after a failed attempt: %+v, %v", got, err)
			}
			return nil
		})
		inTx(t, s, func(tx *store.Tx) error { return tx.Emails().MarkSent(e.ID, 2, true) })
		view(t, s, func(tx *store.Tx) error {
			got, _ := tx.Emails().ByID(a.ID, e.ID)
			if got.Status != model.EmailSent || got.Error != "" || got.SentAt == nil || got.Attempts != 2 {
				t.Errorf("after sending: %+v", got)
			}
			if got.TextBody != "" || got.HTMLBody != "" {
				t.Errorf("a sent email kept its text %q and HTML %q", got.TextBody, got.HTMLBody)
			}
			if recent, _ := tx.Emails().Recent(b.ID, 10); len(recent) != 0 {
				t.Errorf("recent emails of b: %+v", recent)
			}
			return nil
		})
	})
}

func job(kind, uniqueKey string, runAt time.Time) model.Job {
	j := model.Job{ID: uuid.NewString(), WorkspaceID: "ws", Kind: kind, Payload: []byte(`{"n":1}`), RunAt: runAt,
		MaxAttempts: 3, State: model.JobPending, CreatedAt: now()}
	if uniqueKey != "" {
		j.UniqueKey = &uniqueKey
	}
	return j
}

func claim(t *testing.T, s *store.Store, n int, lease time.Duration, kinds ...string) []model.Job {
	t.Helper()
	var js []model.Job
	err := s.InTx(context.Background(), func(tx *store.Tx) (err error) {
		js, err = tx.Jobs().Claim(n, lease, kinds)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return js
}

func TestAFailedEmailKeepsItsTextAndAttachmentForTheRetentionAndThenForgetsThem(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		a := createWorkspace(t, s, "acme")
		clk := storetest.ClockOf(t, s)
		mk := func(status string) model.Email {
			return model.Email{ID: uuid.NewString(), WorkspaceID: a.ID, Kind: "login", FromAddr: "no-reply@a.test", ToAddr: "c@x.test",
				Subject: "Log in", TextBody: "code 123456", HTMLBody: "<p>code 123456</p>", MessageID: uuid.NewString() + "@a.test",
				Status: status, CreatedAt: clk.Now(), AttachmentName: "receipt.pdf", Attachment: []byte("%PDF-1.7 receipt")}
		}
		failed, queued := mk(model.EmailFailed), mk(model.EmailQueued)
		inTx(t, s, func(tx *store.Tx) error { return tx.Emails().CreateMany([]model.Email{failed, queued}) })
		forget := func() (n int64) {
			inTx(t, s, func(tx *store.Tx) (err error) {
				n, err = tx.Emails().ForgetFailedBefore(clk.Now().Add(-7 * 24 * time.Hour))
				return err
			})
			return n
		}
		if n := forget(); n != 0 {
			t.Fatalf("a new failed email lost its text (%d)", n)
		}
		clk.AddDate(0, 0, 8)
		if n := forget(); n != 1 {
			t.Fatalf("forgot %d email(s) eight days on, want the failed one", n)
		}
		view(t, s, func(tx *store.Tx) error {
			if got, _ := tx.Emails().ByID(a.ID, failed.ID); got.TextBody != "" || got.HTMLBody != "" || len(got.Attachment) != 0 {
				t.Errorf("the failed email still holds %q and a %d-byte attachment", got.TextBody, len(got.Attachment))
			}
			if got, _ := tx.Emails().ByID(a.ID, queued.ID); got.TextBody == "" {
				t.Error("an email still waiting to be sent lost its text")
			}
			return nil
		})
	})
}
