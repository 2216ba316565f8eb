package workspace

import (
	"context"
	"errors"
	"fmt"
	"net"
	"regexp"
	"strings"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Overview is what the owner's dashboard shows about the portal.
type Overview struct {
	Workspace model.Workspace
	URL       string
	Domains   []model.Domain
	Counts    model.Counters
}

// Overview loads the portal URL, domains and adoption counts of a workspace.
func (s *Service) Overview(ctx context.Context, workspaceID string) (Overview, error) {
	var o Overview
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		if o.Workspace, err = tx.Workspaces().ByID(workspaceID); err != nil {
			return err
		}
		if o.Domains, err = tx.Domains().List(workspaceID); err != nil {
			return err
		}
		o.Counts, err = tx.Workspaces().Counters(workspaceID)
		return err
	})
	if err != nil {
		return o, fmt.Errorf("overview of %s: %w", workspaceID, err)
	}
	o.URL = s.URLFor(o.Workspace, o.Domains)
	return o, nil
}

var hostname = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$`)

// AddDomain adds a custom domain to the workspace's portal.
func (s *Service) AddDomain(ctx context.Context, workspaceID, host string) error {
	host = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(host)), ".")
	if !hostname.MatchString(host) || net.ParseIP(host) != nil {
		return apperr.Validation{"host": "Enter a domain name such as portal.example.com (no scheme, path or port)."}.Err()
	}
	if host == s.BaseHost() || strings.HasSuffix(host, "."+s.BaseHost()) {
		return apperr.Validation{"host": "This domain belongs to the portal service itself; use a domain of your own."}.Err()
	}
	token, err := newVerificationToken()
	if err != nil {
		return err
	}
	now := s.clock.Now()
	next := now.Add(pendingEvery)
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if held, err := tx.Domains().VerifiedClaim(host); err == nil && held.WorkspaceID != workspaceID {
			return apperr.New(apperr.Conflict, "The domain %s is already in use.", host)
		} else if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		return tx.Domains().Create(&model.Domain{ID: uuid.NewString(), WorkspaceID: workspaceID, Host: host,
			VerificationToken: token, FailingSince: &now, NextCheckAt: &next, CreatedAt: now})
	})
	if errors.Is(err, store.ErrConflict) {
		return apperr.Wrap(apperr.Conflict, err, "This portal already has the domain %s.", host)
	}
	return err
}

// SetPrimaryDomain makes host the domain of the portal URL and of every link
// sent from now on; an empty host goes back to the default address. Only a
// verified domain can be chosen.
func (s *Service) SetPrimaryDomain(ctx context.Context, workspaceID, host string) error {
	host = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(host)), ".")
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		if host != "" {
			d, err := tx.Domains().Claim(workspaceID, host)
			if err != nil {
				return err
			}
			if !d.Verified() {
				return apperr.New(apperr.Conflict, "%s is not verified yet: add the TXT record %s with the value %s, then verify it.",
					host, d.ChallengeName(), d.VerificationToken)
			}
		}
		return tx.Domains().SetPrimary(workspaceID, host)
	})
	return store.Missing(err, "This workspace has no domain "+host+"; add it first.")
}

// KnownHost reports whether a TLS proxy may ask for a certificate for host.
func (s *Service) KnownHost(ctx context.Context, host string) bool {
	_, err := s.Resolve(ctx, host)
	return err == nil
}
