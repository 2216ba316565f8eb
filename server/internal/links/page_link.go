package links

import (
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// NewPageLink makes a one-time login link for c with a purpose (an invoice,
// the messages) in the caller's transaction and returns its clear token; the
// caller builds the address of the one-click page that uses it. It lives as
// long as the workspace's login emails.
func (s *Service) NewPageLink(tx *store.Tx, w model.Workspace, c model.Contact, purpose string) (string, error) {
	l := s.newLink(c, purpose, time.Duration(w.LoginEmailTTLSecs)*time.Second, false, s.now())
	if err := tx.LoginLinks().Create(&l.Link); err != nil {
		return "", err
	}
	return l.Token, nil
}
