package store_test

import (
	"context"
	"testing"
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestAdoptionCountsInvitesAndJoinsPerDayOfTheWorkspaceOnly(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		now := s.Now()
		yesterday := now.AddDate(0, 0, -1)
		err := s.InTx(ctx, func(tx *store.Tx) error {
			for _, ws := range []string{"a", "b"} {
				if err := tx.Workspaces().Create(&model.Workspace{ID: ws, Slug: ws, Name: ws, SendingDomain: "m.test", CreatedAt: now}); err != nil {
					return err
				}
			}
			add := func(id, ws string, invited, joined *time.Time) error {
				return tx.Contacts().Create(&model.Contact{ID: id, WorkspaceID: ws, Email: id + "@x.test", EmailLower: id + "@x.test",
					Status: "invited", InvitedAt: invited, JoinedAt: joined, CreatedAt: now, UpdatedAt: now})
			}
			return firstError(add("c1", "a", &yesterday, &now), add("c2", "a", &now, nil), add("c3", "a", &now, &now), add("c4", "b", &now, &now))
		})
		if err != nil {
			t.Fatal(err)
		}
		var days []model.DayCount
		err = s.View(ctx, func(tx *store.Tx) (err error) {
			days, err = tx.Contacts().Adoption("a", yesterday.Truncate(24*time.Hour))
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		want := []model.DayCount{{Day: yesterday.Format(time.DateOnly), Invited: 1}, {Day: now.Format(time.DateOnly), Invited: 2, Joined: 2}}
		if len(days) != 2 || days[0] != want[0] || days[1] != want[1] {
			t.Fatalf("adoption = %+v, want %+v", days, want)
		}
	})
}

func firstError(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
