package documents

import (
	"context"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Send emails the signer a link that logs them in and opens the document,
// and puts it on their dashboard. Sending again re-sends the email while the
// document still waits for a signature.
func (s *Service) Send(ctx context.Context, workspaceID, id string, m Meta) (View, error) {
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		d, err := tx.Documents().ByIDForUpdate(workspaceID, id)
		if err != nil {
			return err
		}
		if err := s.markSent(tx, &d); err != nil {
			return err
		}
		if err := s.emailSigner(tx, d); err != nil {
			return err
		}
		if err := s.audit(tx, d, ActorOwner, ActionSent, m); err != nil {
			return err
		}
		return events.Emit(tx, workspaceID, "document.sent", map[string]any{"document_id": d.ID, "contact_id": d.SignerContactID})
	})
	if err != nil {
		return View{}, store.Missing(err, documentMissing)
	}
	return s.Get(ctx, workspaceID, id)
}

// markSent moves a draft to sent; a document already waiting stays as it is.
func (s *Service) markSent(tx *store.Tx, d *model.Document) error {
	switch d.Status {
	case model.DocDraft:
		now := s.now()
		if _, err := tx.Documents().Transition(d.WorkspaceID, d.ID, []string{model.DocDraft}, map[string]any{"status": model.DocSent, "sent_at": now}); err != nil {
			return err
		}
		d.Status, d.SentAt = model.DocSent, &now
		return nil
	case model.DocSent, model.DocViewed:
		return nil
	}
	return apperr.New(apperr.Conflict, "This document is already %s; it cannot be sent again.", d.Status)
}

func (s *Service) emailSigner(tx *store.Tx, d model.Document) error {
	w, err := tx.Workspaces().ByID(d.WorkspaceID)
	if err != nil {
		return err
	}
	c, err := tx.Contacts().ByID(d.WorkspaceID, d.SignerContactID)
	if err != nil {
		return err
	}
	if c.AccessRevokedAt != nil {
		return apperr.New(apperr.Conflict, "%s's portal access is revoked; invite them again before sending.", displayName(c))
	}
	portalURL, err := s.portalURL(tx, w)
	if err != nil {
		return err
	}
	link, err := s.links.NewDocumentLink(tx, w, c, portalURL, d.ID)
	if err != nil {
		return err
	}
	return queue(tx, signRequest(w, c, d, portalURL, link))
}

func (s *Service) portalURL(tx *store.Tx, w model.Workspace) (string, error) {
	ds, err := tx.Domains().List(w.ID)
	return s.workspaces.URLFor(w, ds), err
}
