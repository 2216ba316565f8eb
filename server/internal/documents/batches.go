package documents

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// JobTemplateSend is the job kind that makes and sends one document of a bulk send.
const JobTemplateSend = "document.template_send"

// MaxBatch is how many contacts one bulk send may name.
const MaxBatch = 5000

type batchPayload struct {
	BatchID   string `json:"batch_id"`
	ContactID string `json:"contact_id"`
}

// Batch is a bulk send with what became of each contact.
type Batch struct {
	model.DocumentBatch
	Items []model.DocumentBatchItem
}

// BulkSend queues one document of a one-role template per contact; the job
// queue makes and sends them. A contact named twice gets one document.
func (s *Service) BulkSend(ctx context.Context, workspaceID, id, title string, contactIDs []string) (string, int, error) {
	ids := unique(contactIDs)
	if len(ids) == 0 || len(ids) > MaxBatch {
		return "", 0, apperr.Validation{"contact_ids": fmt.Sprintf("Name between 1 and %d contacts.", MaxBatch)}.Err()
	}
	b := model.DocumentBatch{ID: uuid.NewString(), WorkspaceID: workspaceID, TemplateID: id, Title: strings.TrimSpace(title), CreatedAt: s.now()}
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		t, err := tx.DocumentTemplates().ByID(workspaceID, id)
		if err != nil {
			return err
		}
		if roles := templateOf(t).RoleNames; len(roles) != 1 {
			return apperr.Validation{"contact_ids": fmt.Sprintf("Bulk send takes a template of one role; this one has %d (%s).", len(roles), strings.Join(roles, ", "))}.Err()
		}
		if err := knownContacts(tx, workspaceID, ids); err != nil {
			return err
		}
		return s.queueBatch(tx, b, ids)
	})
	if err != nil {
		return "", 0, store.Missing(err, templateMissing)
	}
	return b.ID, len(ids), nil
}

func knownContacts(tx *store.Tx, workspaceID string, ids []string) error {
	found, err := tx.Contacts().ExistingIDs(workspaceID, ids)
	if err != nil {
		return err
	}
	if len(found) == len(ids) {
		return nil
	}
	known := map[string]bool{}
	for _, id := range found {
		known[id] = true
	}
	for _, id := range ids {
		if !known[id] {
			return apperr.Validation{"contact_ids": fmt.Sprintf("There is no contact with id %q in the workspace.", id)}.Err()
		}
	}
	return nil
}

func (s *Service) queueBatch(tx *store.Tx, b model.DocumentBatch, ids []string) error {
	items := make([]model.DocumentBatchItem, 0, len(ids))
	js := make([]model.Job, 0, len(ids))
	for _, c := range ids {
		items = append(items, model.DocumentBatchItem{BatchID: b.ID, ContactID: c, WorkspaceID: b.WorkspaceID, Status: model.BatchQueued, UpdatedAt: b.CreatedAt})
		j, err := jobs.NewJob(b.WorkspaceID, JobTemplateSend, batchPayload{BatchID: b.ID, ContactID: c})
		if err != nil {
			return err
		}
		key := "template_send:" + b.ID + ":" + c
		j.UniqueKey = &key
		js = append(js, j)
	}
	if err := tx.DocumentTemplates().CreateBatch(&b, items); err != nil {
		return err
	}
	return jobs.Enqueue(tx, js...)
}

// runTemplateSend makes and sends one contact's document of a bulk send,
// once: an item that has its document is done.
func (s *Service) runTemplateSend(ctx context.Context, j model.Job) error {
	var p batchPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return jobs.Permanent(fmt.Errorf("decode %s payload: %w", JobTemplateSend, err))
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		it, err := tx.DocumentTemplates().BatchItem(j.WorkspaceID, p.BatchID, p.ContactID)
		if err != nil || it.DocumentID != "" {
			return err
		}
		b, err := tx.DocumentTemplates().Batch(j.WorkspaceID, p.BatchID)
		if err != nil {
			return err
		}
		t, err := tx.DocumentTemplates().ByID(j.WorkspaceID, b.TemplateID)
		if err != nil {
			return err
		}
		it.DocumentID, err = s.fromTemplate(tx, templateOf(t), b.Title, []SignerInput{{ContactID: p.ContactID, Order: 1}}, Meta{})
		if err != nil {
			return err
		}
		it.Status = model.BatchSent
		return tx.DocumentTemplates().SaveBatchItem(it)
	})
	var e *apperr.Error
	if errors.As(err, &e) && (e.Kind == apperr.Invalid || e.Kind == apperr.Conflict || e.Kind == apperr.NotFound) {
		return s.failItem(ctx, j.WorkspaceID, p, e.Message)
	}
	return ignoreMiss(err)
}

// failItem records why a contact of a bulk send got no document.
func (s *Service) failItem(ctx context.Context, workspaceID string, p batchPayload, why string) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		return tx.DocumentTemplates().SaveBatchItem(model.DocumentBatchItem{BatchID: p.BatchID, ContactID: p.ContactID, WorkspaceID: workspaceID,
			Status: model.BatchFailed, Error: truncate(why, 500)})
	})
}

// GetBatch returns a bulk send with each contact's status.
func (s *Service) GetBatch(ctx context.Context, workspaceID, id string) (Batch, error) {
	var b Batch
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		if b.DocumentBatch, err = tx.DocumentTemplates().Batch(workspaceID, id); err != nil {
			return err
		}
		b.Items, err = tx.DocumentTemplates().BatchItems(workspaceID, id)
		return err
	})
	return b, store.Missing(err, "This batch does not exist.")
}

func unique(ids []string) []string {
	seen := map[string]bool{}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if id = strings.TrimSpace(id); id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
