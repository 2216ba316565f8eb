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
	Name    string         // the signer's full name, also the typed signature
	Drawn   []byte         // PNG of the drawn signature; empty for a typed one
	Consent bool           // agreed to sign electronically
	Values  map[int]string // the signer's name and date fields as edited, by field index; missing: the name, the signing date
}

// MarkOpened records that a signer opened the link of the email.
func (s *Service) MarkOpened(ctx context.Context, workspaceID, contactID, id string, m Meta) error {
	v, err := s.ForSigner(ctx, workspaceID, contactID, id)
	if err != nil {
		return ignoreMiss(err)
	}
	me, _ := v.Mine()
	return s.store.InTx(ctx, func(tx *store.Tx) error { return s.audit(tx, v.Document, me.Contact.Email, ActionOpened, m) })
}

// MarkViewed records a signer's first view of a document sent to them, once.
func (s *Service) MarkViewed(ctx context.Context, v View, m Meta) error {
	me, ok := v.Mine()
	if !ok || me.Status != model.SignerSent {
		return nil
	}
	d := v.Document
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		now := s.now()
		ok, err := tx.DocumentSigners().Transition(d.WorkspaceID, d.ID, me.Position, []string{model.SignerSent},
			map[string]any{"status": model.SignerViewed, "viewed_at": now})
		if err != nil || !ok {
			return err
		}
		if _, err := tx.Documents().Transition(d.WorkspaceID, d.ID, []string{model.DocSent}, map[string]any{"status": model.DocViewed, "viewed_at": now}); err != nil {
			return err
		}
		if err := s.audit(tx, d, me.Contact.Email, ActionViewed, m); err != nil {
			return err
		}
		return events.Emit(tx, d.WorkspaceID, model.EventDocumentViewed, map[string]any{"document_id": d.ID, "contact_id": me.ContactID})
	})
}

// Sign records a signer's signature. When the last of their order signs,
// the next order is emailed; when the last signer signs, the sealing of the
// final copy is queued. Signing twice, or two racing requests, make one
// final copy: only the request that moves the document on queues the
// (uniquely keyed) job.
func (s *Service) Sign(ctx context.Context, workspaceID, contactID, id string, sig Signature, m Meta) (View, error) {
	v, err := s.ForSigner(ctx, workspaceID, contactID, id)
	if err != nil {
		return View{}, err
	}
	if me, _ := v.Mine(); me.Status == model.SignerSigned {
		return v, nil
	}
	if !v.Signable() {
		return View{}, notSignable(v)
	}
	sig.Name = strings.TrimSpace(sig.Name)
	if err := checkSignature(sig); err != nil {
		return View{}, err
	}
	values, err := fieldValues(v, sig, s.now())
	if err != nil {
		return View{}, err
	}
	err = s.store.InTx(ctx, func(tx *store.Tx) error { return s.saveSignature(tx, v, sig, values, m) })
	if err != nil {
		return View{}, err
	}
	return s.ForSigner(ctx, workspaceID, contactID, id)
}

func (s *Service) saveSignature(tx *store.Tx, v View, sig Signature, values string, m Meta) error {
	d, me := v.Document, v.Signers[v.Me]
	if _, err := tx.Documents().ByIDForUpdate(d.WorkspaceID, d.ID); err != nil {
		return err
	}
	set := map[string]any{"status": model.SignerSigned, "signed_at": s.now(), "signer_name": sig.Name, "signature_kind": "typed", "field_values": values}
	if len(sig.Drawn) > 0 {
		sum := secure.SHA256Hex(sig.Drawn)
		if err := tx.Blobs().Put(sum, "image/png", sig.Drawn); err != nil {
			return err
		}
		set["signature_kind"], set["signature_sha256"] = "drawn", sum
	}
	ok, err := tx.DocumentSigners().Transition(d.WorkspaceID, d.ID, me.Position, []string{model.SignerSent, model.SignerViewed}, set)
	if err != nil || !ok {
		return err // another request signed or declined first: nothing more to do
	}
	if err := s.audit(tx, d, me.Contact.Email, ActionSigned, m); err != nil {
		return err
	}
	return s.afterSignature(tx, d, me, set)
}

// afterSignature moves the document on: sealed when everyone signed,
// partially signed with the next order asked otherwise.
func (s *Service) afterSignature(tx *store.Tx, d model.Document, me SignerView, set map[string]any) error {
	ss, err := tx.DocumentSigners().Of(d.WorkspaceID, d.ID)
	if err != nil {
		return err
	}
	left := 0
	for _, sg := range ss {
		if sg.Status != model.SignerSigned {
			left++
		}
	}
	data := map[string]any{"document_id": d.ID, "contact_id": me.ContactID}
	if left > 0 {
		ok, err := tx.Documents().Transition(d.WorkspaceID, d.ID, []string{model.DocSent, model.DocViewed, model.DocPartiallySigned},
			map[string]any{"status": model.DocPartiallySigned})
		if err != nil || !ok {
			return err
		}
		if err := s.askSigners(tx, d, false); err != nil {
			return err
		}
		data["waiting"] = left
		return events.Emit(tx, d.WorkspaceID, model.EventDocumentPartiallySigned, data)
	}
	docSet := map[string]any{"status": model.DocSigned, "signed_at": set["signed_at"]}
	if me.Position == 0 {
		docSet["signer_name"], docSet["signature_kind"] = set["signer_name"], set["signature_kind"]
	}
	ok, err := tx.Documents().Transition(d.WorkspaceID, d.ID, []string{model.DocSent, model.DocViewed, model.DocPartiallySigned}, docSet)
	if err != nil || !ok {
		return err
	}
	if err := enqueueSeal(tx, d); err != nil {
		return err
	}
	return events.Emit(tx, d.WorkspaceID, model.EventDocumentSigned, data)
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

// Decline records a signer's refusal and reason; the document ends for
// everyone, and the owners and the other signers already asked are told.
func (s *Service) Decline(ctx context.Context, workspaceID, contactID, id, reason string, m Meta) (View, error) {
	v, err := s.ForSigner(ctx, workspaceID, contactID, id)
	if err != nil {
		return View{}, err
	}
	if me, _ := v.Mine(); me.Status == model.SignerDeclined {
		return v, nil
	}
	if !v.Signable() {
		return View{}, notSignable(v)
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
	d, me := v.Document, v.Signers[v.Me]
	now := s.now()
	ok, err := tx.DocumentSigners().Transition(d.WorkspaceID, d.ID, me.Position, []string{model.SignerSent, model.SignerViewed},
		map[string]any{"status": model.SignerDeclined, "declined_at": now})
	if err != nil || !ok {
		return err
	}
	set := map[string]any{"status": model.DocDeclined, "declined_at": now, "decline_reason": reason}
	ok, err = tx.Documents().Transition(d.WorkspaceID, d.ID, []string{model.DocSent, model.DocViewed, model.DocPartiallySigned}, set)
	if err != nil || !ok {
		return err
	}
	if err := s.audit(tx, d, me.Contact.Email, ActionDeclined, m); err != nil {
		return err
	}
	d.DeclineReason = reason
	if err := s.emailOwners(tx, d, me.Contact, declinedForOwner); err != nil {
		return err
	}
	if err := s.tellSigners(tx, v, me.Position, declinedForSigner(me.Contact, reason)); err != nil {
		return err
	}
	return events.Emit(tx, d.WorkspaceID, model.EventDocumentDeclined, map[string]any{"document_id": d.ID, "contact_id": me.ContactID, "reason": reason})
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

// notSignable says why this signer cannot sign or decline now.
func notSignable(v View) error {
	d := v.Document
	me, _ := v.Mine()
	switch {
	case d.Status == model.DocVoided:
		return apperr.New(apperr.Conflict, "This document was voided, so it can no longer be signed.")
	case v.Expired || d.Status == model.DocExpired:
		return apperr.New(apperr.Conflict, "This document expired, so it can no longer be signed.")
	case me.Status == model.SignerDeclined:
		return apperr.New(apperr.Conflict, "You declined this document, so it can no longer be signed.")
	case d.Status == model.DocDeclined:
		return apperr.New(apperr.Conflict, "Another signer declined this document, so it can no longer be signed.")
	case me.Status == model.SignerWaiting && open(d.Status):
		return apperr.New(apperr.Conflict, "It is not your turn to sign yet: you will get an email once the signers before you have signed.")
	}
	return apperr.New(apperr.Conflict, "This document can no longer be signed.")
}

func ignoreMiss(err error) error {
	if err != nil && apperr.Is(store.Missing(err, ""), apperr.NotFound) {
		return nil
	}
	return err
}
