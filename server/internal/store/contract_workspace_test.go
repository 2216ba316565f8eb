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

// The store contract: each repository behaves the same on SQLite and
// PostgreSQL. Every test here runs once per database.

func TestWorkspacesAreFoundByIDAndSlugAndASlugIsTakenOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		w := createWorkspace(t, s, "acme")
		view(t, s, func(tx *store.Tx) error {
			byID, err := tx.Workspaces().ByID(w.ID)
			if err != nil || byID.Name != w.Name || byID.Slug != "acme" || byID.AccentColor != "#4f46e5" {
				t.Errorf("ByID = %+v, %v", byID, err)
			}
			if bySlug, err := tx.Workspaces().BySlug("acme"); err != nil || bySlug.ID != w.ID {
				t.Errorf("BySlug = %+v, %v", bySlug, err)
			}
			if taken, err := tx.Workspaces().SlugTaken("acme"); err != nil || !taken {
				t.Errorf("SlugTaken(acme) = %v, %v; want true", taken, err)
			}
			if taken, err := tx.Workspaces().SlugTaken("other"); err != nil || taken {
				t.Errorf("SlugTaken(other) = %v, %v; want false", taken, err)
			}
			if _, err := tx.Workspaces().BySlug("other"); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("BySlug(other) error %v, want ErrNotFound", err)
			}
			if _, err := tx.Workspaces().ByID(uuid.NewString()); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("ByID(unknown) error %v, want ErrNotFound", err)
			}
			return nil
		})
		err := s.InTx(context.Background(), func(tx *store.Tx) error {
			return tx.Workspaces().Create(&model.Workspace{ID: uuid.NewString(), Slug: "acme", Name: "Other", SendingDomain: "x", CreatedAt: now()})
		})
		if !errors.Is(err, store.ErrConflict) {
			t.Fatalf("a second workspace with slug acme: %v, want ErrConflict", err)
		}
	})
}

func TestATokenIsFoundByItsHashOnly(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		w := createWorkspace(t, s, "acme")
		o := model.Owner{ID: uuid.NewString(), WorkspaceID: w.ID, Email: "owner@acme.test", CreatedAt: now()}
		tok := model.APIToken{ID: uuid.NewString(), WorkspaceID: w.ID, OwnerID: o.ID, TokenHash: []byte("0123456789abcdef0123456789abcdef"), CreatedAt: now()}
		inTx(t, s, func(tx *store.Tx) error {
			if err := tx.Workspaces().CreateOwner(&o); err != nil {
				return err
			}
			return tx.Workspaces().CreateToken(&tok)
		})
		view(t, s, func(tx *store.Tx) error {
			got, err := tx.Workspaces().TokenByHash(tok.TokenHash)
			if err != nil || got.ID != tok.ID || got.WorkspaceID != w.ID || got.OwnerID != o.ID {
				t.Errorf("TokenByHash = %+v, %v", got, err)
			}
			if _, err := tx.Workspaces().TokenByHash([]byte("another hash of thirty-two bytes")); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("unknown hash: %v, want ErrNotFound", err)
			}
			return nil
		})
	})
}

func TestCountersStartAtZeroAndAddUpPerWorkspace(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		a, b := createWorkspace(t, s, "a"), createWorkspace(t, s, "b")
		inTx(t, s, func(tx *store.Tx) error { return tx.Workspaces().AddCounts(a.ID, 3, 1) })
		inTx(t, s, func(tx *store.Tx) error { return tx.Workspaces().AddCounts(a.ID, 1, 1) })
		view(t, s, func(tx *store.Tx) error {
			if c, err := tx.Workspaces().Counters(a.ID); err != nil || c.Invited != 4 || c.Joined != 2 {
				t.Errorf("counters of a = %+v, %v; want 4 invited, 2 joined", c, err)
			}
			if c, err := tx.Workspaces().Counters(b.ID); err != nil || c.Invited != 0 || c.Joined != 0 {
				t.Errorf("counters of b = %+v, %v; want zero", c, err)
			}
			return nil
		})
	})
}

func TestDomainsAreListedPerWorkspaceAndAVerifiedHostBelongsToOneWorkspace(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		a, b := createWorkspace(t, s, "a"), createWorkspace(t, s, "b")
		addDomain(t, s, a.ID, "portal.a.test", now())
		addDomain(t, s, a.ID, "clients.a.test", now().Add(time.Second))
		addDomain(t, s, b.ID, "portal.b.test", now())
		markVerified(t, s, a.ID, "portal.a.test")
		markVerified(t, s, b.ID, "portal.b.test")
		addDomain(t, s, b.ID, "portal.a.test", now()) // an unverified claim of a's host is kept apart
		err := s.InTx(context.Background(), func(tx *store.Tx) error {
			d, err := tx.Domains().Claim(b.ID, "portal.a.test")
			if err != nil {
				return err
			}
			at := tx.Now()
			d.VerifiedAt = &at
			return tx.Domains().RecordCheck(d)
		})
		if !errors.Is(err, store.ErrConflict) {
			t.Fatalf("workspace b verifying a's host: %v, want ErrConflict", err)
		}
		view(t, s, func(tx *store.Tx) error {
			ds, err := tx.Domains().List(a.ID)
			if err != nil || len(ds) != 2 || ds[0].Host != "portal.a.test" || ds[1].Host != "clients.a.test" {
				t.Errorf("domains of a = %+v, %v; want portal.a.test then clients.a.test", ds, err)
			}
			if d, err := tx.Domains().VerifiedClaim("portal.a.test"); err != nil || d.WorkspaceID != a.ID {
				t.Errorf("VerifiedClaim(portal.a.test) = %+v, %v", d, err)
			}
			if _, err := tx.Domains().VerifiedClaim("clients.a.test"); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("VerifiedClaim(unverified) = %v, want ErrNotFound", err)
			}
			if _, err := tx.Domains().VerifiedClaim("nobody.test"); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("VerifiedClaim(unknown) = %v, want ErrNotFound", err)
			}
			return nil
		})
	})
}

// markVerified records that a workspace's claim of host was proven.
func markVerified(t *testing.T, s *store.Store, workspaceID, host string) {
	t.Helper()
	inTx(t, s, func(tx *store.Tx) error {
		d, err := tx.Domains().Claim(workspaceID, host)
		if err != nil {
			return err
		}
		at := tx.Now()
		d.VerifiedAt, d.CheckedAt = &at, &at
		return tx.Domains().RecordCheck(d)
	})
}

func TestOnlyOneDomainIsPrimaryAndAnotherWorkspacesHostCannotBeChosen(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		a, b := createWorkspace(t, s, "a"), createWorkspace(t, s, "b")
		addDomain(t, s, a.ID, "portal.a.test", now())
		addDomain(t, s, a.ID, "clients.a.test", now().Add(time.Second))
		addDomain(t, s, b.ID, "portal.b.test", now())
		markVerified(t, s, a.ID, "portal.a.test")
		markVerified(t, s, a.ID, "clients.a.test")
		markVerified(t, s, b.ID, "portal.b.test")
		inTx(t, s, func(tx *store.Tx) error { return tx.Domains().SetPrimary(a.ID, "portal.a.test") })
		inTx(t, s, func(tx *store.Tx) error { return tx.Domains().SetPrimary(a.ID, "clients.a.test") })
		assertPrimary(t, s, a.ID, "clients.a.test")

		err := s.InTx(context.Background(), func(tx *store.Tx) error { return tx.Domains().SetPrimary(a.ID, "portal.b.test") })
		if !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("a choosing b's host: %v, want ErrNotFound", err)
		}
		assertPrimary(t, s, a.ID, "clients.a.test")
		assertPrimary(t, s, b.ID, "")

		inTx(t, s, func(tx *store.Tx) error { return tx.Domains().SetPrimary(a.ID, "") })
		assertPrimary(t, s, a.ID, "")
	})
}

func assertPrimary(t *testing.T, s *store.Store, workspaceID, want string) {
	t.Helper()
	view(t, s, func(tx *store.Tx) error {
		ds, err := tx.Domains().List(workspaceID)
		primary := ""
		for _, d := range ds {
			if d.IsPrimary {
				if primary != "" {
					t.Errorf("two primary domains: %s and %s", primary, d.Host)
				}
				primary = d.Host
			}
		}
		if primary != want {
			t.Errorf("primary domain %q, want %q", primary, want)
		}
		return err
	})
}

func createWorkspace(t *testing.T, s *store.Store, slug string) model.Workspace {
	t.Helper()
	w := model.Workspace{ID: uuid.NewString(), Slug: slug, Name: "Workspace " + slug, SendingDomain: "mail." + slug + ".test",
		MagicLinkTTLSecs: 900, LoginEmailTTLSecs: 86400, AccentColor: "#4f46e5", CreatedAt: now()}
	inTx(t, s, func(tx *store.Tx) error { return tx.Workspaces().Create(&w) })
	return w
}

func addDomain(t *testing.T, s *store.Store, workspaceID, host string, at time.Time) {
	t.Helper()
	inTx(t, s, func(tx *store.Tx) error {
		return tx.Domains().Create(&model.Domain{ID: uuid.NewString(), WorkspaceID: workspaceID, Host: host, CreatedAt: at})
	})
}

func inTx(t *testing.T, s *store.Store, fn func(tx *store.Tx) error) {
	t.Helper()
	if err := s.InTx(context.Background(), fn); err != nil {
		t.Fatal(err)
	}
}

func view(t *testing.T, s *store.Store, fn func(tx *store.Tx) error) {
	t.Helper()
	if err := s.View(context.Background(), fn); err != nil {
		t.Fatal(err)
	}
}

func now() time.Time { return time.Now().UTC() }
