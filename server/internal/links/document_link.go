package links

import (
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// LinkDocument is the purpose of a login link that opens a document sent for signature.
const LinkDocument = "document"

// DocumentLinkPath is where a document link lands: a one-click page that
// logs the signer in and opens the document.
func DocumentLinkPath(documentID, token string) string {
	return "/documents/" + documentID + "/open/" + token
}

// NewDocumentLink makes a one-time login link for c that opens a document,
// in the caller's transaction, and returns its address on the portal URL.
// It lives as long as the workspace's login emails.
func (s *Service) NewDocumentLink(tx *store.Tx, w model.Workspace, c model.Contact, portalURL, documentID string) (string, error) {
	l := s.newLink(c, LinkDocument, time.Duration(w.LoginEmailTTLSecs)*time.Second, false, s.now())
	if err := tx.LoginLinks().Create(&l.Link); err != nil {
		return "", err
	}
	return portalURL + DocumentLinkPath(documentID, l.Token), nil
}
