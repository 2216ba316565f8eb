// Package branding keeps a workspace's logo: the owner uploads it through
// the API, and every portal page and email shows it beside the workspace's
// name.
package branding

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/profile"
	"clientportal/server/internal/store"
)

// LogoRules are the limits of a logo upload.
var LogoRules = profile.Rules{What: "logo", MaxBytes: 1 << 20, MaxPixels: 16_000_000, Formats: []profile.Format{profile.PNG, profile.JPEG}}

// LogoBox is the largest side in pixels of a stored logo.
const LogoBox = 512

// Service saves and serves workspace logos.
type Service struct{ store *store.Store }

// New returns the branding service.
func New(s *store.Store) *Service { return &Service{store: s} }

// Logo is a stored logo image.
type Logo struct {
	SHA256      string
	ContentType string
	Data        []byte
}

// SetLogo checks an upload, re-encodes it as a PNG without metadata (at
// most LogoBox pixels a side, transparency kept) and makes it the
// workspace's logo. It returns the new logo's SHA-256.
func (s *Service) SetLogo(ctx context.Context, workspaceID string, upload []byte) (string, error) {
	p, err := profile.Read(upload, LogoRules)
	if err != nil {
		return "", err
	}
	out, err := profile.EncodePNG(profile.Fit(p.Image, LogoBox))
	if err != nil {
		return "", fmt.Errorf("encode logo: %w", err)
	}
	sum := sha256.Sum256(out)
	hash := hex.EncodeToString(sum[:])
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.Blobs().Put(hash, "image/png", out); err != nil {
			return err
		}
		return tx.Branding().SetLogo(workspaceID, hash)
	})
	if err != nil {
		return "", fmt.Errorf("set logo of %s: %w", workspaceID, err)
	}
	return hash, nil
}

// RemoveLogo goes back to the workspace's initial.
func (s *Service) RemoveLogo(ctx context.Context, workspaceID string) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error { return tx.Branding().SetLogo(workspaceID, "") })
}

// LogoOf returns the workspace's logo, or nil when it has none.
func (s *Service) LogoOf(ctx context.Context, workspaceID string) (*Logo, error) {
	var l *Logo
	err := s.store.View(ctx, func(tx *store.Tx) error {
		hash, err := tx.Branding().Logo(workspaceID)
		if err != nil || hash == "" {
			return err
		}
		b, err := tx.Blobs().Get(hash)
		l = &Logo{SHA256: b.SHA256, ContentType: b.ContentType, Data: b.Data}
		return err
	})
	if errors.Is(err, store.ErrNotFound) {
		return nil, apperr.Wrap(apperr.NotFound, err, "This workspace has no logo.")
	}
	if err != nil {
		return nil, fmt.Errorf("logo of %s: %w", workspaceID, err)
	}
	return l, nil
}
