package documents

import (
	"bytes"
	"context"
	"image/png"
	"strings"
	"unicode/utf8"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// The limits of a signature.
const (
	MaxSignatureBytes = 512 << 10
	MaxSignatureSide  = 4096
	MaxNameLength     = 100
	MaxReasonLength   = 1000
)

// pngMagic starts every PNG file.
var pngMagic = []byte("\x89PNG\r\n\x1a\n")

// Signature is what the signer submits.
type Signature struct {
	Name    string // the signer's full name, also the typed signature
	Drawn   []byte // PNG of the drawn signature; empty for a typed one
	Consent bool   // agreed to sign electronically
}

// MarkOpened records that the signer opened the link of the email.
func (s *Service) MarkOpened(ctx context.Context, workspaceID, contactID, id string, m Meta) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		d, err := tx.Documents().ByID(workspaceID, id)
		if err != nil || d.SignerContactID != contactID || d.Status == model.DocDraft {
			return ignoreMiss(err)
		}
		c, err := tx.Contacts().ByID(workspaceID, contactID)
		if err != nil {
			return err
		}
		return s.audit(tx, d, c.Email, ActionOpened, m)
	})
}

// MarkViewed records the signer's first view of a sent document, once.
func (s *Service) MarkViewed(ctx context.Context, v View, m Meta) error {
	if v.Document.Status != model.DocSent {
		return nil
	}
	d := v.Document
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		now := s.now()
		ok, err := tx.Documents().Transition(d.WorkspaceID, d.ID, []string{model.DocSent}, map[string]any{"status": model.DocViewed, "viewed_at": now})
		if err != nil || !ok {
			return err
		}
		if err := s.audit(tx, d, v.Signer.Email, ActionViewed, m); err != nil {
			return err
		}
		return events.Emit(tx, d.WorkspaceID, model.EventDocumentViewed, map[string]any{"document_id": d.ID, "contact_id": d.SignerContactID})
	})
}

// Sign records the signer's signature and queues the sealing of the final
// copy. Signing twice, or two racing requests, make one final copy: only
// the request that moves the document on queues the (uniquely keyed) job.
func (s *Service) Sign(ctx context.Context, workspaceID, contactID, id string, sig Signature, m Meta) (View, error) {
	v, err := s.ForSigner(ctx, workspaceID, contactID, id)
	if err != nil {
		return View{}, err
	}
	if done(v.Document.Status) {
		return v, nil
	}
	if !v.Signable() {
		return View{}, notSignable(v.Document)
	}
	sig.Name = strings.TrimSpace(sig.Name)
	if err := checkSignature(sig); err != nil {
		return View{}, err
	}
	err = s.store.InTx(ctx, func(tx *store.Tx) error { return s.saveSignature(tx, v, sig, m) })
	if err != nil {
		return View{}, err
	}
	return s.ForSigner(ctx, workspaceID, contactID, id)
}

func (s *Service) saveSignature(tx *store.Tx, v View, sig Signature, m Meta) error {
	d := v.Document
	set := map[string]any{"status": model.DocSigned, "signed_at": s.now(), "signer_name": sig.Name, "signature_kind": "typed"}
	if len(sig.Drawn) > 0 {
		sum := secure.SHA256Hex(sig.Drawn)
		if err := tx.Blobs().Put(sum, "image/png", sig.Drawn); err != nil {
			return err
		}
		set["signature_kind"], set["signature_sha256"] = "drawn", sum
	}
	ok, err := tx.Documents().Transition(d.WorkspaceID, d.ID, []string{model.DocSent, model.DocViewed}, set)
	if err != nil || !ok {
		return err // another request signed or declined first: nothing more to do
	}
	if err := s.audit(tx, d, v.Signer.Email, ActionSigned, m); err != nil {
		return err
	}
	if err := enqueueSeal(tx, d); err != nil {
		return err
	}
	return events.Emit(tx, d.WorkspaceID, model.EventDocumentSigned, map[string]any{"document_id": d.ID, "contact_id": d.SignerContactID})
}

func enqueueSeal(tx *store.Tx, d model.Document) error {
	j, err := jobs.NewJob(d.WorkspaceID, JobSeal, sealPayload{DocumentID: d.ID})
	if err != nil {
		return err
	}
	key := "seal:" + d.ID
	j.UniqueKey = &key
	return jobs.Enqueue(tx, j)
}

// Decline records the signer's refusal and reason, and tells the owner;
// the document can no longer be signed.
func (s *Service) Decline(ctx context.Context, workspaceID, contactID, id, reason string, m Meta) (View, error) {
	v, err := s.ForSigner(ctx, workspaceID, contactID, id)
	if err != nil {
		return View{}, err
	}
	if v.Document.Status == model.DocDeclined {
		return v, nil
	}
	if !v.Signable() {
		return View{}, notSignable(v.Document)
	}
	reason = strings.TrimSpace(reason)
	if reason == "" || utf8.RuneCountInString(reason) > MaxReasonLength {
		return View{}, apperr.Validation{"reason": "Say in a few words why you decline (up to 1,000 characters)."}.Err()
	}
	err = s.store.InTx(ctx, func(tx *store.Tx) error { return s.saveDecline(tx, v, reason, m) })
	if err != nil {
		return View{}, err
	}
	return s.ForSigner(ctx, workspaceID, contactID, id)
}

func (s *Service) saveDecline(tx *store.Tx, v View, reason string, m Meta) error {
	d := v.Document
	set := map[string]any{"status": model.DocDeclined, "declined_at": s.now(), "decline_reason": reason}
	ok, err := tx.Documents().Transition(d.WorkspaceID, d.ID, []string{model.DocSent, model.DocViewed}, set)
	if err != nil || !ok {
		return err
	}
	if err := s.audit(tx, d, v.Signer.Email, ActionDeclined, m); err != nil {
		return err
	}
	d.DeclineReason = reason
	if err := s.emailOwners(tx, d, v.Signer, declinedForOwner); err != nil {
		return err
	}
	return events.Emit(tx, d.WorkspaceID, model.EventDocumentDeclined, map[string]any{"document_id": d.ID, "contact_id": d.SignerContactID, "reason": reason})
}

// emailOwners queues one email of make to every owner of the workspace.
func (s *Service) emailOwners(tx *store.Tx, d model.Document, c model.Contact,
	make func(model.Workspace, string, model.Contact, model.Document, string) message) error {
	w, err := tx.Workspaces().ByID(d.WorkspaceID)
	if err != nil {
		return err
	}
	portalURL, err := s.portalURL(tx, w)
	if err != nil {
		return err
	}
	owners, err := tx.Documents().OwnerEmails(d.WorkspaceID)
	if err != nil {
		return err
	}
	for _, o := range owners {
		if err := queue(tx, make(w, o, c, d, portalURL)); err != nil {
			return err
		}
	}
	return nil
}

// checkSignature validates the consent, the name and the drawn image.
func checkSignature(sig Signature) error {
	v := apperr.Validation{}
	if !sig.Consent {
		v.Add("consent", "Tick the box to agree to sign electronically.")
	}
	if sig.Name == "" || utf8.RuneCountInString(sig.Name) > MaxNameLength {
		v.Add("name", "Type your full name (up to 100 characters).")
	}
	if len(sig.Drawn) > 0 {
		if why := pngProblem(sig.Drawn); why != "" {
			v.Add("signature", why)
		}
	}
	return v.Err()
}

func pngProblem(b []byte) string {
	if len(b) > MaxSignatureBytes {
		return "The drawn signature is too large; clear it and draw it again."
	}
	if !bytes.HasPrefix(b, pngMagic) {
		return "The drawn signature must be a PNG image."
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width < 10 || cfg.Height < 10 || cfg.Width > MaxSignatureSide || cfg.Height > MaxSignatureSide {
		return "The drawn signature could not be read; clear it and draw it again."
	}
	if _, err := png.Decode(bytes.NewReader(b)); err != nil {
		return "The drawn signature could not be read; clear it and draw it again."
	}
	return ""
}

func done(status string) bool { return status == model.DocSigned || status == model.DocCompleted }

func notSignable(d model.Document) error {
	if d.Status == model.DocDeclined {
		return apperr.New(apperr.Conflict, "You declined this document, so it can no longer be signed.")
	}
	return apperr.New(apperr.Conflict, "This document can no longer be signed.")
}

func ignoreMiss(err error) error {
	if err != nil && apperr.Is(store.Missing(err, ""), apperr.NotFound) {
		return nil
	}
	return err
}
