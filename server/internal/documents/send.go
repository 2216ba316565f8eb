package documents

import (
	"context"
	"strings"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Send emails the signers whose turn it is a link that logs them in and
// opens the document, and puts it on their dashboard; the first send starts
// the reminders and the expiry of o, with the workspace's defaults for what o
// leaves out. Sending again re-sends the email while
// the document still waits for signatures.
func (s *Service) Send(ctx context.Context, workspaceID, id string, o SendOptions, m Meta) (View, error) {
	if _, err := o.plan(); err != nil {
		return View{}, err
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		d, err := tx.Documents().ByIDForUpdate(workspaceID, id)
		if err != nil {
			return err
		}
		def, err := workspacePlan(tx, workspaceID)
		if err != nil {
			return err
		}
		plan, err := o.planFrom(def)
		if err != nil {
			return err
		}
		if o.FirstAfter != "" { // a send naming its first reminder must be able to send it
			if err := plan.checkReminders(); err != nil {
				return err
			}
		}
		return s.sendInTx(tx, d, plan, m)
	})
	if err != nil {
		return View{}, store.Missing(err, documentMissing)
	}
	return s.Get(ctx, workspaceID, id)
}

// sendInTx sends d in the caller's transaction.
func (s *Service) sendInTx(tx *store.Tx, d model.Document, plan sendPlan, m Meta) error {
	draft := d.Status == model.DocDraft
	if err := s.markSent(tx, &d); err != nil {
		return err
	}
	if draft {
		if err := s.schedule(tx, &d, plan); err != nil {
			return err
		}
	}
	if err := s.askSigners(tx, d, true); err != nil {
		return err
	}
	if err := s.audit(tx, d, ActorOwner, ActionSent, m); err != nil {
		return err
	}
	return events.Emit(tx, d.WorkspaceID, "document.sent", map[string]any{"document_id": d.ID, "contact_id": d.SignerContactID})
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
	case model.DocSent, model.DocViewed, model.DocPartiallySigned:
		if expired(*d, s.now()) {
			return apperr.New(apperr.Conflict, "This document expired; extend its expiry before sending it again.")
		}
		return nil
	}
	return apperr.New(apperr.Conflict, "This document is already %s; it cannot be sent again.", strings.ReplaceAll(d.Status, "_", " "))
}

// askSigners emails every signer whose turn it is and who has not signed:
// those still waiting become sent, and with again those already sent are
// asked again.
func (s *Service) askSigners(tx *store.Tx, d model.Document, again bool) error {
	ss, err := tx.DocumentSigners().Of(d.WorkspaceID, d.ID)
	if err != nil {
		return err
	}
	views, err := signerViews(tx, d.WorkspaceID, ss, map[string]model.Contact{})
	if err != nil {
		return err
	}
	now := s.now()
	for _, sg := range views {
		if sg.SignOrder != turn(views) || sg.Status == model.SignerSigned || sg.Status == model.SignerDeclined {
			continue
		}
		first, err := tx.DocumentSigners().Transition(d.WorkspaceID, d.ID, sg.Position, []string{model.SignerWaiting},
			map[string]any{"status": model.SignerSent, "sent_at": now})
		if err != nil {
			return err
		}
		if !first && !again {
			continue
		}
		if err := s.emailSigner(tx, d, sg.Contact); err != nil {
			return err
		}
	}
	return nil
}

func (s *Service) emailSigner(tx *store.Tx, d model.Document, c model.Contact) error {
	w, err := tx.Workspaces().ByID(d.WorkspaceID)
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
	return queue(tx, signRequest(s.wordsFor(w, c), w, c, d, portalURL, link))
}

func (s *Service) portalURL(tx *store.Tx, w model.Workspace) (string, error) {
	ds, err := tx.Domains().List(w.ID)
	return s.workspaces.URLFor(w, ds), err
}
