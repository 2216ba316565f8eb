package links

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/emailtemplates"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// JobLoginEmails is the job kind that turns a bulk request into emails.
const JobLoginEmails = "login_email.batch"

// SendLoginEmails accepts login emails to many contacts at once and returns
// the batch id; the job queue makes and delivers each email.
func (s *Service) SendLoginEmails(ctx context.Context, workspaceID string, ids []string) (string, int, error) {
	ids, err := s.checkContactIDs(ctx, workspaceID, ids)
	if err != nil {
		return "", 0, err
	}
	batch := uuid.NewString()
	now := s.now()
	rs := make([]model.LoginEmailRequest, len(ids))
	for i, id := range ids {
		rs[i] = model.LoginEmailRequest{ID: uuid.NewString(), BatchID: batch, WorkspaceID: workspaceID, ContactID: id, Status: "pending", CreatedAt: now}
	}
	job, err := jobs.NewJob(workspaceID, JobLoginEmails, batchPayload{BatchID: batch})
	if err != nil {
		return "", 0, err
	}
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.LoginEmailRequests().CreateMany(rs); err != nil {
			return err
		}
		return jobs.Enqueue(tx, job)
	})
	return batch, len(ids), err
}

// checkContactIDs dedupes ids and refuses any that is not a contact here.
func (s *Service) checkContactIDs(ctx context.Context, workspaceID string, ids []string) ([]string, error) {
	seen := map[string]bool{}
	var uniq []string
	for _, id := range ids {
		if id = strings.TrimSpace(id); id != "" && !seen[id] {
			seen[id] = true
			uniq = append(uniq, id)
		}
	}
	if len(uniq) == 0 || len(uniq) > MaxBulkContacts {
		return nil, apperr.Validation{"contact_ids": fmt.Sprintf("Give 1 to %d contact ids.", MaxBulkContacts)}.Err()
	}
	var found []string
	err := s.store.View(ctx, func(tx *store.Tx) (err error) { found, err = tx.Contacts().ExistingIDs(workspaceID, uniq); return err })
	if err != nil {
		return nil, err
	}
	if missing := len(uniq) - len(found); missing > 0 {
		return nil, apperr.Validation{"contact_ids": fmt.Sprintf("%d of these contacts do not exist; nothing was sent.", missing)}.Err()
	}
	return uniq, nil
}

type batchPayload struct {
	BatchID string `json:"batch_id"`
}

// runLoginEmailBatch makes the emails of a batch, 100 per transaction, so a
// crash resumes where it stopped and no contact gets two.
func (s *Service) runLoginEmailBatch(ctx context.Context, j model.Job) error {
	var p batchPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return jobs.Permanent(err)
	}
	for {
		n, err := s.loginEmailChunk(ctx, j.WorkspaceID, p.BatchID)
		if err != nil || n == 0 {
			return err
		}
	}
}

func (s *Service) loginEmailChunk(ctx context.Context, workspaceID, batchID string) (int, error) {
	var n int
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		w, err := tx.Workspaces().ByID(workspaceID)
		if err != nil {
			return err
		}
		rs, err := tx.LoginEmailRequests().Pending(workspaceID, batchID, 100)
		n = len(rs)
		for _, r := range rs {
			if err == nil {
				err = s.loginEmailFor(tx, w, r)
			}
		}
		return err
	})
	return n, err
}

func (s *Service) loginEmailFor(tx *store.Tx, w model.Workspace, r model.LoginEmailRequest) error {
	c, err := tx.Contacts().ByID(w.ID, r.ContactID)
	if err != nil {
		return err
	}
	if c.AccessRevokedAt != nil {
		return tx.LoginEmailRequests().Fail(r.ID, "The contact's access was revoked.")
	}
	if err := countAsInvited(tx, c); err != nil {
		return err
	}
	e, err := s.sendLinkEmail(tx, w, c, emailtemplates.KindLogin)
	if err != nil {
		return err
	}
	return tx.LoginEmailRequests().SetEmail(r.ID, e.ID)
}

// BatchResult is one contact's login email state.
type BatchResult struct {
	ContactID, Status, Error string
}

// LoginEmailBatch reports each contact's delivery state in a batch.
func (s *Service) LoginEmailBatch(ctx context.Context, workspaceID, batchID string) ([]BatchResult, error) {
	var rows []model.LoginEmailStatus
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		rows, err = tx.LoginEmailRequests().Batch(workspaceID, batchID)
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, apperr.NotFoundf("There is no login email batch %s.", batchID)
	}
	out := make([]BatchResult, len(rows))
	for i, r := range rows {
		out[i] = BatchResult{ContactID: r.ContactID, Status: r.Status, Error: r.Error}
		if r.EmailStatus != nil {
			out[i].Status, out[i].Error = *r.EmailStatus, deref(r.EmailError)
		}
	}
	return out, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// JobLoginLinkRequest is the job kind that answers "email me a login link".
const JobLoginLinkRequest = "login_link.request"

type linkRequestPayload struct {
	Email string `json:"email"`
}

// RequestLoginLink queues a login link for email; the job sends it only if
// the address belongs to a contact with access. The request does the same
// work whether or not it does, so neither the answer nor its timing tells
// who is a client.
func (s *Service) RequestLoginLink(ctx context.Context, workspaceID, email string) {
	j, err := jobs.NewJob(workspaceID, JobLoginLinkRequest, linkRequestPayload{Email: strings.TrimSpace(email)})
	if err == nil {
		err = s.store.InTx(ctx, func(tx *store.Tx) error { return jobs.Enqueue(tx, j) })
	}
	if err != nil {
		slog.Error("login link request", "workspace", workspaceID, "err", err)
	}
}

func (s *Service) runLoginLinkRequest(ctx context.Context, j model.Job) error {
	var p linkRequestPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return jobs.Permanent(err)
	}
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		c, err := tx.Contacts().ByEmail(j.WorkspaceID, p.Email)
		if err != nil || c.AccessRevokedAt != nil {
			return ignoreNotFound(err)
		}
		return s.sendFreshLogin(tx, c)
	})
}

// RenewFromLink emails a fresh login link to the contact of an old link.
func (s *Service) RenewFromLink(ctx context.Context, workspaceID, token string) {
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		l, err := tx.LoginLinks().ByTokenHash(workspaceID, hashToken(token))
		if err != nil {
			return ignoreNotFound(err)
		}
		c, err := tx.Contacts().ByID(workspaceID, l.ContactID)
		if err != nil || c.AccessRevokedAt != nil {
			return ignoreNotFound(err)
		}
		return s.sendFreshLogin(tx, c)
	})
	if err != nil {
		slog.Error("renew login link", "workspace", workspaceID, "err", err)
	}
}

func (s *Service) sendFreshLogin(tx *store.Tx, c model.Contact) error {
	w, err := tx.Workspaces().ByID(c.WorkspaceID)
	if err != nil {
		return err
	}
	if err := countAsInvited(tx, c); err != nil {
		return err
	}
	_, err = s.sendLinkEmail(tx, w, c, emailtemplates.KindLogin)
	return err
}
