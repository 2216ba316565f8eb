package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/uuid"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestDomainsOfAnOlderReleaseStayClaimedButUnverifiedAndDueForACheckAfterTheUpgrade(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			s, o := storeOfRelease(t, d, 10)
			at := s.Now().UTC()
			id := uuid.NewString()
			raw := storetest.Raw(t, o)
			if err := raw.Exec(`INSERT INTO domains (id, workspace_id, host, is_primary, verified, created_at) VALUES (?, 'w1', 'portal.kept.test', TRUE, FALSE, ?)`, id, at).Error; err != nil {
				t.Fatalf("a domain of release 10: %v", err)
			}
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatalf("upgrade: %v", err)
			}
			view(t, s, func(tx *store.Tx) error {
				got, err := tx.Domains().Claim("w1", "portal.kept.test")
				if err != nil {
					return err
				}
				if got.Verified() || !got.IsPrimary || got.VerificationToken != strings.ReplaceAll(id, "-", "") {
					t.Errorf("after the upgrade the domain is %+v; want it kept, primary, unverified, its token from its id", got)
				}
				if due, err := tx.Domains().DueForCheck(at, 10); err != nil || len(due) != 1 || due[0].ID != id {
					t.Errorf("domains due for a check right after the upgrade: %+v (%v); want the old one", due, err)
				}
				if _, err := tx.Workspaces().ByDomain("portal.kept.test"); !errors.Is(err, store.ErrNotFound) {
					t.Errorf("an unverified domain still finds its workspace: %v", err)
				}
				return nil
			})
		})
	}
}

func TestAnUnverifiedClaimBlocksNobodyButOnlyOneClaimOfAHostCanBeVerified(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		squatter, owner := createWorkspace(t, s, "squat"), createWorkspace(t, s, "owner")
		addDomain(t, s, squatter.ID, "portal.owner.test", now())
		addDomain(t, s, owner.ID, "portal.owner.test", now())
		verify := func(workspaceID string) error {
			return s.InTx(context.Background(), func(tx *store.Tx) error {
				d, err := tx.Domains().Claim(workspaceID, "portal.owner.test")
				if err != nil {
					return err
				}
				at := tx.Now()
				d.VerifiedAt, d.CheckedAt = &at, &at
				return tx.Domains().RecordCheck(d)
			})
		}
		if err := verify(owner.ID); err != nil {
			t.Fatalf("the real owner verifying beside a squatter's claim: %v", err)
		}
		if err := verify(squatter.ID); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("a second verified claim of the host: %v, want ErrConflict", err)
		}
		err := s.InTx(context.Background(), func(tx *store.Tx) error {
			return tx.Domains().Create(&model.Domain{ID: uuid.NewString(), WorkspaceID: owner.ID, Host: "portal.owner.test", CreatedAt: now()})
		})
		if !errors.Is(err, store.ErrConflict) {
			t.Fatalf("one workspace claiming a host twice: %v, want ErrConflict", err)
		}
		view(t, s, func(tx *store.Tx) error {
			if w, err := tx.Workspaces().ByDomain("portal.owner.test"); err != nil || w.ID != owner.ID {
				t.Errorf("the host leads to %+v (%v), want the verified owner", w, err)
			}
			return nil
		})
	})
}
