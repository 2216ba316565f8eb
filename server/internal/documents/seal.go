package documents

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"

	"clientportal/server/internal/events"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// JobSeal is the job kind that makes a signed document's final copy.
const JobSeal = "document.seal"

type sealPayload struct {
	DocumentID string `json:"document_id"`
}

// errNoSealer is the failure of every sealing job while the PDF pipeline is down.
var errNoSealer = errors.New("the PDF pipeline is not available")

// runSeal is the sealing job: stamp the fields, append the certificate,
// sign digitally, store the final copy, complete the document, tell both sides.
func (s *Service) runSeal(ctx context.Context, j model.Job) error {
	var p sealPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return jobs.Permanent(fmt.Errorf("decode %s payload: %w", JobSeal, err))
	}
	in, err := s.sealInput(ctx, j.WorkspaceID, p.DocumentID)
	if errors.Is(err, store.ErrNotFound) {
		return jobs.Permanent(err)
	}
	if err != nil || in == nil {
		return err
	}
	sealer, err := s.pipeline()
	if err != nil {
		return err
	}
	final, err := sealer.Seal(ctx, *in)
	if err != nil {
		return fmt.Errorf("seal document %s: %w", p.DocumentID, err)
	}
	return s.store.InTx(ctx, func(tx *store.Tx) error { return s.complete(tx, j.WorkspaceID, p.DocumentID, final) })
}

// maxSealError is how much of a dead sealing job's error the document keeps.
const maxSealError = 1000

// sealDied records on a still signed document why its final copy could not
// be made, so that the owner sees it; a retry that succeeds clears it. The
// document's id joins the job.dead event.
func (s *Service) sealDied(tx *store.Tx, j model.Job) (map[string]any, error) {
	var p sealPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil || p.DocumentID == "" {
		return nil, nil // a payload the job itself refused: no document to mark
	}
	why := truncate(j.LastError, maxSealError)
	if _, err := tx.Documents().Transition(j.WorkspaceID, p.DocumentID, []string{model.DocSigned}, map[string]any{"seal_error": why}); err != nil {
		return nil, fmt.Errorf("record the sealing error of document %s: %w", p.DocumentID, err)
	}
	return map[string]any{"document_id": p.DocumentID}, nil
}

// sealInput gathers what the final copy needs; nil when there is nothing
// to do (the document is already complete).
func (s *Service) sealInput(ctx context.Context, workspaceID, id string) (*pdf.SealRequest, error) {
	id6, err := s.identity(ctx, workspaceID)
	if err != nil {
		return nil, err
	}
	var req *pdf.SealRequest
	err = s.store.View(ctx, func(tx *store.Tx) error {
		v, err := loadView(tx, workspaceID, id)
		if err != nil || v.Document.Status != model.DocSigned {
			return err
		}
		req, err = sealRequest(tx, v)
		return err
	})
	if req != nil {
		req.Identity = id6
	}
	return req, err
}

func sealRequest(tx *store.Tx, v View) (*pdf.SealRequest, error) {
	d := v.Document
	orig, err := tx.Blobs().Get(d.OriginalSHA256)
	if err != nil {
		return nil, err
	}
	req := &pdf.SealRequest{Original: orig.Data, DocumentID: d.ID, Title: d.Title, SignerName: d.SignerName,
		SignerEmail: v.Signer.Email, SignedAt: *d.SignedAt}
	w, err := tx.Workspaces().ByID(d.WorkspaceID)
	if err != nil {
		return nil, err
	}
	req.Language = pdf.ClientLanguage(v.Signer.Language, w.Language)
	req.Zone = pdf.ClientZone(v.Signer.TimeZone, w.TimeZone)
	if err := addSigners(tx, v, w, req); err != nil {
		return nil, err
	}
	for _, a := range v.Audit {
		req.Audit = append(req.Audit, pdf.AuditEvent{At: a.At, Action: a.Action, Actor: a.Actor, IP: a.IP, UserAgent: a.UserAgent})
	}
	return req, nil
}

// complete stores the final copy of a signed document, once: a second
// sealing of the same document changes nothing.
func (s *Service) complete(tx *store.Tx, workspaceID, id string, final []byte) error {
	sum := secure.SHA256Hex(final)
	ok, err := tx.Documents().Transition(workspaceID, id, []string{model.DocSigned},
		map[string]any{"status": model.DocCompleted, "final_sha256": sum, "completed_at": s.now(), "seal_error": ""})
	if err != nil || !ok {
		return err
	}
	if err := tx.Blobs().Put(sum, "application/pdf", final); err != nil {
		return err
	}
	v, err := loadView(tx, workspaceID, id)
	if err != nil {
		return err
	}
	if err := s.audit(tx, v.Document, ActorPortal, ActionSealed, Meta{}); err != nil {
		return err
	}
	if err := s.emailCompleted(tx, v); err != nil {
		return err
	}
	slog.Info("document sealed", "document", id, "workspace", workspaceID, "final_sha256", sum)
	return events.Emit(tx, workspaceID, model.EventDocumentCompleted, map[string]any{"document_id": id, "contact_id": v.Document.SignerContactID, "final_sha256": sum})
}

func (s *Service) emailCompleted(tx *store.Tx, v View) error {
	w, err := tx.Workspaces().ByID(v.Document.WorkspaceID)
	if err != nil {
		return err
	}
	portalURL, err := s.portalURL(tx, w)
	if err != nil {
		return err
	}
	if err := queue(tx, completedForSigner(s.wordsFor(w, v.Signer), w, v.Signer, v.Document, portalURL)); err != nil {
		return err
	}
	return s.emailOwners(tx, v.Document, v.Signer, completedForOwner)
}
