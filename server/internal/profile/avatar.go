package profile

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// AvatarRules are the limits of a profile picture upload.
// i18n: uploads.what.picture
var AvatarRules = Rules{What: "picture", Word: "uploads.what.picture", MaxBytes: 5 << 20, MaxPixels: 50_000_000, Formats: []Format{JPEG, PNG, WebP}}

// AvatarSize is the side in pixels of a stored profile picture.
const AvatarSize = 256

// Service saves and serves contacts' profile pictures.
type Service struct{ store *store.Store }

// New returns the profile service.
func New(s *store.Store) *Service { return &Service{store: s} }

// Avatar is a stored profile picture.
type Avatar struct {
	SHA256      string
	ContentType string
	Data        []byte
}

// SetAvatar checks an upload, turns it into a square JPEG thumbnail without
// metadata, and makes it the contact's picture. Nothing is stored when the
// upload is refused.
func (s *Service) SetAvatar(ctx context.Context, workspaceID, contactID string, upload []byte) (string, error) {
	thumb, err := avatarThumbnail(upload)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(thumb)
	hash := hex.EncodeToString(sum[:])
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Contacts().ByID(workspaceID, contactID); err != nil {
			return err
		}
		if err := tx.Blobs().Put(hash, "image/jpeg", thumb); err != nil {
			return err
		}
		return tx.Contacts().Update(workspaceID, contactID, map[string]any{"avatar_sha256": hash})
	})
	if err != nil {
		return "", notFound(err, fmt.Sprintf("set avatar of %s", contactID))
	}
	return hash, nil
}

// RemoveAvatar goes back to initials.
func (s *Service) RemoveAvatar(ctx context.Context, workspaceID, contactID string) error {
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		return tx.Contacts().Update(workspaceID, contactID, map[string]any{"avatar_sha256": ""})
	})
	return notFound(err, "remove avatar of "+contactID)
}

// AvatarOf returns the contact and, when they have one, their picture; the
// contact is looked up in the workspace only.
func (s *Service) AvatarOf(ctx context.Context, workspaceID, contactID string) (model.Contact, *Avatar, error) {
	var (
		c model.Contact
		a *Avatar
	)
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		if c, err = tx.Contacts().ByID(workspaceID, contactID); err != nil || c.AvatarSHA256 == "" {
			return err
		}
		b, err := tx.Blobs().Get(c.AvatarSHA256)
		a = &Avatar{SHA256: b.SHA256, ContentType: b.ContentType, Data: b.Data}
		return err
	})
	if err != nil {
		return model.Contact{}, nil, notFound(err, "avatar of "+contactID)
	}
	return c, a, nil
}

// avatarThumbnail is the stored form of an upload: upright, square, JPEG.
func avatarThumbnail(upload []byte) ([]byte, error) {
	p, err := Read(upload, AvatarRules)
	if err != nil {
		return nil, err
	}
	sq := Square(p.Image, AvatarSize)
	if p.Format == JPEG {
		sq = orient(sq, jpegOrientation(upload))
	}
	out, err := EncodeJPEG(sq)
	if err != nil {
		return nil, fmt.Errorf("encode avatar: %w", err)
	}
	return out, nil
}

func notFound(err error, what string) error {
	if errors.Is(err, store.ErrNotFound) {
		return apperr.Wrap(apperr.NotFound, err, "This person does not exist.")
	}
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}
