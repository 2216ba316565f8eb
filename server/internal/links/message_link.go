package links

import (
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// LinkAutomation is the purpose of a login link made for an automated message.
const LinkAutomation = "automation"

// NewMessageLogin makes, in the caller's transaction, a fresh one-time link
// and code for c to put in a message made now: the link opens the one-click
// page (fetching it uses nothing up) and lives as long as the owner's magic
// links; the code is "" once c has had today's codes.
func (s *Service) NewMessageLogin(tx *store.Tx, w model.Workspace, c model.Contact) (link, code string, err error) {
	now := s.now()
	sent, err := tx.LoginLinks().CodesSince(w.ID, c.ID, now.Add(-24*time.Hour))
	if err != nil {
		return "", "", err
	}
	l := s.newLink(c, LinkAutomation, time.Duration(w.MagicLinkTTLSecs)*time.Second, sent < MaxCodesPerDay, now)
	if err := tx.LoginLinks().Create(&l.Link); err != nil {
		return "", "", err
	}
	portalURL, err := s.portalURL(tx, w)
	return linkURL(portalURL, l.Token), l.Code, err
}

// PortalURL is the workspace's current portal address, read in tx.
func (s *Service) PortalURL(tx *store.Tx, w model.Workspace) (string, error) {
	return s.portalURL(tx, w)
}
