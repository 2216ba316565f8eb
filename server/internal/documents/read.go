package documents

import (
	"context"
	"encoding/json"
	"strings"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Statuses are the document statuses a list may filter by.
var Statuses = []string{model.DocDraft, model.DocSent, model.DocViewed, model.DocPartiallySigned, model.DocSigned,
	model.DocDeclined, model.DocCompleted, model.DocExpired, model.DocVoided}

// Get returns a document of the workspace with its signer and audit trail.
func (s *Service) Get(ctx context.Context, workspaceID, id string) (View, error) {
	var v View
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		v, err = loadView(tx, workspaceID, id)
		return err
	})
	v.Expired = expired(v.Document, s.now())
	return v, store.Missing(err, documentMissing)
}

func loadView(tx *store.Tx, workspaceID, id string) (View, error) {
	d, err := tx.Documents().ByID(workspaceID, id)
	if err != nil {
		return View{}, err
	}
	ss, err := tx.DocumentSigners().Of(workspaceID, id)
	if err != nil {
		return View{}, err
	}
	signers, err := signerViews(tx, workspaceID, ss, map[string]model.Contact{})
	if err != nil {
		return View{}, err
	}
	signer, err := tx.Contacts().ByID(workspaceID, d.SignerContactID)
	if err != nil {
		return View{}, err
	}
	audit, err := tx.Documents().Audit(workspaceID, id)
	if err != nil {
		return View{}, err
	}
	return View{Document: d, Signer: signer, Signers: signers, Fields: decodeFields(d.Fields), Audit: audit, Me: -1}, nil
}

// List returns the workspace's documents, newest first, optionally of one status.
func (s *Service) List(ctx context.Context, workspaceID, status string) ([]View, error) {
	if status != "" && !validStatus(status) {
		return nil, apperr.Validation{"status": "Use one of " + strings.Join(Statuses, ", ") + "."}.Err()
	}
	var out []View
	err := s.store.View(ctx, func(tx *store.Tx) error {
		ds, err := tx.Documents().List(workspaceID, model.DocumentFilter{Status: status, Limit: 500})
		if err != nil {
			return err
		}
		out, err = views(tx, workspaceID, ds, true)
		return err
	})
	return out, err
}

// views adds signers (and audit trails when withAudit) to documents.
func views(tx *store.Tx, workspaceID string, ds []model.Document, withAudit bool) ([]View, error) {
	out := make([]View, 0, len(ds))
	signers := map[string]model.Contact{}
	ids := make([]string, 0, len(ds))
	for _, d := range ds {
		ids = append(ids, d.ID)
	}
	byDoc, err := tx.DocumentSigners().OfDocuments(workspaceID, ids)
	if err != nil {
		return nil, err
	}
	for _, d := range ds {
		c, ok := signers[d.SignerContactID]
		if !ok {
			var err error
			if c, err = tx.Contacts().ByID(workspaceID, d.SignerContactID); err != nil {
				return nil, err
			}
			signers[c.ID] = c
		}
		v := View{Document: d, Signer: c, Fields: decodeFields(d.Fields), Me: -1}
		if v.Signers, err = signerViews(tx, workspaceID, byDoc[d.ID], signers); err != nil {
			return nil, err
		}
		if withAudit {
			var err error
			if v.Audit, err = tx.Documents().Audit(workspaceID, d.ID); err != nil {
				return nil, err
			}
		}
		out = append(out, v)
	}
	return out, nil
}

func validStatus(s string) bool {
	for _, v := range Statuses {
		if v == s {
			return true
		}
	}
	return false
}

// ForSigner returns a document only to its signers, and only once it was
// sent; anyone else learns nothing, not even that it exists.
func (s *Service) ForSigner(ctx context.Context, workspaceID, contactID, id string) (View, error) {
	v, err := s.Get(ctx, workspaceID, id)
	if err != nil {
		return View{}, err
	}
	for i, sg := range v.Signers {
		if sg.ContactID == contactID && v.Document.Status != model.DocDraft {
			v.Me = i
			return v, nil
		}
	}
	return View{}, apperr.NotFoundf(documentMissing)
}

// ListForSigner returns the documents sent to a contact: those waiting for
// their signature first, then the rest, newest first, at most limit. Only
// the document's listed columns are loaded; the signer is the contact who
// asks, so it is not loaded again.
func (s *Service) ListForSigner(ctx context.Context, workspaceID, contactID string, limit int) ([]View, error) {
	var ds []model.SignerDocument
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		ds, err = tx.Documents().SentTo(workspaceID, contactID, limit)
		return err
	})
	now := s.now()
	out := make([]View, 0, len(ds))
	for _, d := range ds {
		me := SignerView{DocumentSigner: model.DocumentSigner{Position: d.SignerPosition, ContactID: contactID, Status: d.SignerStatus}}
		signers := make([]SignerView, d.SignerPosition+1)
		signers[d.SignerPosition] = me
		out = append(out, View{Document: d.Document, Signers: signers, Me: d.SignerPosition, Expired: expired(d.Document, now)})
	}
	return out, err
}

// File is a PDF to download.
type File struct {
	Title string
	Data  []byte
}

// Original returns the PDF the owner uploaded.
func (s *Service) Original(ctx context.Context, workspaceID, id string) (File, error) {
	var f File
	err := s.store.View(ctx, func(tx *store.Tx) error {
		d, err := tx.Documents().ByID(workspaceID, id)
		if err != nil {
			return err
		}
		b, err := tx.Blobs().Get(d.OriginalSHA256)
		f = File{Title: d.Title, Data: b.Data}
		return err
	})
	return f, store.Missing(err, documentMissing)
}

// Final returns the signed final copy and records the download; actor is
// "owner" or the signer's email.
func (s *Service) Final(ctx context.Context, workspaceID, id, actor string, m Meta) (File, error) {
	var f File
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		d, err := tx.Documents().ByID(workspaceID, id)
		if err != nil {
			return err
		}
		if d.Status != model.DocCompleted || d.FinalSHA256 == "" {
			return apperr.New(apperr.Conflict, "The final copy is not ready: the document is %s.", d.Status)
		}
		b, err := tx.Blobs().Get(d.FinalSHA256)
		if err != nil {
			return err
		}
		f = File{Title: d.Title, Data: b.Data}
		return s.audit(tx, d, actor, ActionDownloaded, m)
	})
	return f, store.Missing(err, documentMissing)
}

func encodeFields(fs []model.DocumentField) string {
	b, _ := json.Marshal(fs)
	return string(b)
}

func decodeFields(s string) []model.DocumentField {
	var fs []model.DocumentField
	if err := json.Unmarshal([]byte(s), &fs); err != nil {
		return nil
	}
	return fs
}

// DefaultDisclosure is the consent to sign electronically shown when the
// owner has not written their own.
const DefaultDisclosure = "By ticking this box and selecting Finish, you agree to sign this document electronically. " +
	"Your electronic signature has the same legal effect as a handwritten one. You may ask for a paper copy instead, " +
	"and you can download the signed copy once it is complete. The date, time, IP address and browser of each step are recorded."

// Disclosure is the workspace's consent text for electronic signatures.
func (s *Service) Disclosure(ctx context.Context, workspaceID string) (string, error) {
	var text string
	err := s.store.View(ctx, func(tx *store.Tx) (err error) { text, err = tx.Documents().Disclosure(workspaceID); return err })
	if err != nil || text == "" {
		return DefaultDisclosure, err
	}
	return text, nil
}

// SetDisclosure saves the workspace's own consent text; empty restores the default.
func (s *Service) SetDisclosure(ctx context.Context, workspaceID, text string) (string, error) {
	text = strings.TrimSpace(text)
	if len(text) > 4000 {
		return "", apperr.Validation{"text": "Keep the consent text under 4,000 characters."}.Err()
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error { return tx.Documents().SaveDisclosure(workspaceID, text) })
	if err != nil || text == "" {
		return DefaultDisclosure, err
	}
	return text, nil
}
