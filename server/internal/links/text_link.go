package links

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// TextLinkPath is where a texted link lands: the same one-click page as the
// emailed magic link, on a short address that fits in one text message.
const TextLinkPath = "/l/"

// LinkText is the purpose of a login link sent by text message.
const LinkText = "text"

// textTokenBytes is the randomness of a texted link: 128 bits, 22 characters.
const textTokenBytes = 16

// TextLink is a fresh link for a text: its address, and its 6-digit code
// when one was asked for and the contact has codes left today.
type TextLink struct {
	URL       string
	Code      string
	ExpiresAt time.Time
}

// NewTextLink makes a one-time link for c in the caller's transaction, as
// short-lived as the owner's magic links; withCode adds a login code, within
// the daily limit of codes the emails share.
func (s *Service) NewTextLink(tx *store.Tx, w model.Workspace, c model.Contact, withCode bool) (TextLink, error) {
	b := make([]byte, textTokenBytes)
	if _, err := rand.Read(b); err != nil {
		return TextLink{}, fmt.Errorf("text link token: %w", err)
	}
	token, now := base64.RawURLEncoding.EncodeToString(b), s.now()
	l := model.LoginLink{ID: uuid.NewString(), WorkspaceID: w.ID, ContactID: c.ID, Purpose: LinkText,
		TokenHash: secure.Hash(token), ExpiresAt: now.Add(time.Duration(w.MagicLinkTTLSecs) * time.Second), CreatedAt: now}
	out := TextLink{ExpiresAt: l.ExpiresAt}
	if withCode {
		sent, err := tx.LoginLinks().CodesSince(w.ID, c.ID, now.Add(-24*time.Hour))
		if err != nil {
			return out, err
		}
		if sent < MaxCodesPerDay {
			out.Code = secure.NewCode(CodeDigits)
			l.CodeHash = s.codeHash(l.ID, out.Code)
		}
	}
	if err := tx.LoginLinks().Create(&l); err != nil {
		return out, err
	}
	portalURL, err := s.portalURL(tx, w)
	out.URL = portalURL + TextLinkPath + token
	return out, err
}
