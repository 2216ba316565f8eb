package workspace

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/dnsproof"
	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// TXTResolver asks DNS for the TXT records of a name.
type TXTResolver interface {
	TXT(ctx context.Context, name string) (dnsproof.Answer, error)
}

// UseResolver makes the service verify custom domains through r
// (PORTAL_DNS_RESOLVER in production, a test DNS server in tests).
func (s *Service) UseResolver(r TXTResolver) { s.dns = r }

// lookupTimeout bounds one DNS check.
const lookupTimeout = 10 * time.Second

var tokenEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// newVerificationToken is a claim's own random value (160 bits) for its TXT record.
func newVerificationToken() (string, error) {
	b := make([]byte, 20)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("make a domain verification token: %w", err)
	}
	return strings.ToLower(tokenEncoding.EncodeToString(b)), nil
}

// check is the outcome of one DNS check of a domain's proof.
type check struct {
	found    bool   // the claim's token is one of the TXT values
	definite bool   // the resolver settled it: the record is there or it is not
	seen     string // what the resolver answered, in words
	taken    bool   // the proof is there but another workspace holds the host verified
}

// lookup asks the resolver for d's TXT record; it holds no transaction.
func (s *Service) lookup(ctx context.Context, d model.Domain) check {
	ctx, cancel := context.WithTimeout(ctx, lookupTimeout)
	defer cancel()
	a, err := s.dns.TXT(ctx, d.ChallengeName())
	if err != nil {
		slog.Warn("domain check: no resolver answered", "host", d.Host, "err", err)
		return check{seen: "no DNS resolver answered (" + shortError(err) + ")"}
	}
	return check{found: a.Has(d.VerificationToken), definite: a.Definite(), seen: a.Seen()}
}

func shortError(err error) string {
	msg := err.Error()
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	return msg
}

// VerifyDomain checks the DNS proof of one of the workspace's domains now
// and records what was seen. It answers the domain when the proof is there;
// Invalid (with what the resolver saw) when it is missing or wrong,
// Unavailable when no resolver answered, Conflict when another workspace
// holds the host verified.
func (s *Service) VerifyDomain(ctx context.Context, workspaceID, host string) (model.Domain, error) {
	host = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(host)), ".")
	var d model.Domain
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		d, err = tx.Domains().Claim(workspaceID, host)
		return err
	})
	if err != nil {
		return d, store.Missing(err, "This workspace has no domain "+host+"; add it first.")
	}
	c := s.lookup(ctx, d)
	err = s.store.InTx(ctx, func(tx *store.Tx) (err error) {
		if d, err = tx.Domains().ByID(workspaceID, d.ID); err != nil {
			return err
		}
		if !d.Verified() && d.NextCheckAt == nil {
			d.FailingSince = nil // automatic checks had stopped: a press of Verify starts them again
		}
		d, c, err = s.saveCheck(tx, d, c)
		return err
	})
	if err != nil {
		return d, store.Missing(err, "This workspace has no domain "+host+"; add it first.")
	}
	return d, verifyAnswer(d, c)
}

// verifyAnswer is the error, if any, VerifyDomain answers for check c of d.
func verifyAnswer(d model.Domain, c check) error {
	switch {
	case c.taken:
		return apperr.New(apperr.Conflict, "The domain %s is already in use by another portal.", d.Host)
	case c.found:
		return nil
	case !c.definite:
		return apperr.New(apperr.Unavailable, "%s could not be checked: %s. Try again in a minute.", d.Host, c.seen)
	}
	return &apperr.Error{Kind: apperr.Invalid,
		Message: fmt.Sprintf("%s is not verified: %s. Add a TXT record %s with the value %s (DNS changes can take a while to show), then verify again.",
			d.Host, c.seen, d.ChallengeName(), d.VerificationToken),
		Fields: map[string]string{"verification": c.seen}}
}

// saveCheck applies check c to d at the store's now, saves it and tells the
// owner when the domain became verified or lost its proof.
func (s *Service) saveCheck(tx *store.Tx, d model.Domain, c check) (model.Domain, check, error) {
	if c.found && !d.Verified() {
		held, err := tx.Domains().VerifiedClaim(d.Host)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return d, c, err
		}
		if err == nil && held.ID != d.ID {
			c = check{definite: true, taken: true, seen: "the record is there, but another portal holds " + d.Host + " verified"}
		}
	}
	was := d.Verified()
	applyCheck(&d, c, tx.Now())
	if err := tx.Domains().RecordCheck(d); err != nil {
		if errors.Is(err, store.ErrConflict) {
			return d, check{definite: true, taken: true}, apperr.Wrap(apperr.Conflict, err, "The domain %s is already in use by another portal.", d.Host)
		}
		return d, c, err
	}
	switch {
	case !was && d.Verified():
		slog.Info("domain verified", "workspace", d.WorkspaceID, "host", d.Host)
		return d, c, events.Emit(tx, d.WorkspaceID, model.EventDomainVerified, map[string]any{"host": d.Host})
	case was && !d.Verified():
		slog.Error("domain lost its DNS proof and serves no portal until verified again", "workspace", d.WorkspaceID,
			"host", d.Host, "record", d.ChallengeName(), "seen", d.CheckResult)
		return d, c, events.Emit(tx, d.WorkspaceID, model.EventDomainUnverified, map[string]any{"host": d.Host, "seen": d.CheckResult})
	case was && d.FailingSince != nil:
		slog.Warn("verified domain's DNS proof is missing", "workspace", d.WorkspaceID, "host", d.Host,
			"since", d.FailingSince, "seen", d.CheckResult)
	}
	return d, c, nil
}
