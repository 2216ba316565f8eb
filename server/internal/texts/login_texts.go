package texts

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Skip reasons: why a contact of a batch was not texted.
const (
	SkipNoPhone       = "no_phone"
	SkipOptedOut      = "opted_out"
	SkipAccessRevoked = "access_revoked"
)

// Skipped is a contact a batch did not text, and why.
type Skipped struct {
	ContactID, Reason string
}

// Queued is the answer to a batch of login texts.
type Queued struct {
	BatchID string // empty when no contact could be texted
	Queued  int
	Skipped []Skipped
}

// SendLoginTexts texts a fresh login link to each contact that has a phone
// and did not opt out, in one transaction: an unknown contact id or a
// passed limit refuses the whole batch.
func (s *Service) SendLoginTexts(ctx context.Context, workspaceID string, ids []string) (Queued, error) {
	ids, err := uniqueIDs(ids)
	if err != nil {
		return Queued{}, err
	}
	var out Queued
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		cs, err := contactsOf(tx, workspaceID, ids)
		if err != nil {
			return err
		}
		send, skipped := sendable(cs)
		out.Skipped = skipped
		if len(send) == 0 {
			return nil
		}
		out.BatchID, out.Queued = uuid.NewString(), len(send)
		return s.queueLinkTexts(tx, workspaceID, out.BatchID, model.TextLoginLink, send)
	})
	return out, err
}

func uniqueIDs(ids []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if id = strings.TrimSpace(id); id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	if len(out) == 0 || len(out) > MaxBatch {
		return nil, apperr.Validation{"contact_ids": fmt.Sprintf("Give 1 to %d contact ids.", MaxBatch)}.Err()
	}
	return out, nil
}

// contactsOf loads the contacts in the order of ids, refusing any id that
// is not a contact of the workspace, by name.
func contactsOf(tx *store.Tx, workspaceID string, ids []string) ([]model.Contact, error) {
	cs, err := tx.ContactsByIDs(workspaceID, ids)
	if err != nil {
		return nil, err
	}
	byID := map[string]model.Contact{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	var missing []string
	out := make([]model.Contact, 0, len(ids))
	for _, id := range ids {
		c, ok := byID[id]
		if !ok {
			missing = append(missing, id)
		}
		out = append(out, c)
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return nil, apperr.Validation{"contact_ids": "Not a contact of this workspace: " + strings.Join(missing, ", ") + "; nothing was sent."}.Err()
	}
	return out, nil
}

func sendable(cs []model.Contact) ([]model.Contact, []Skipped) {
	var send []model.Contact
	skipped := []Skipped{}
	for _, c := range cs {
		switch {
		case c.Phone == "":
			skipped = append(skipped, Skipped{c.ID, SkipNoPhone})
		case c.SMSOptOut:
			skipped = append(skipped, Skipped{c.ID, SkipOptedOut})
		case c.AccessRevokedAt != nil:
			skipped = append(skipped, Skipped{c.ID, SkipAccessRevoked})
		default:
			send = append(send, c)
		}
	}
	return send, skipped
}

// queueLinkTexts makes a link and a text for each contact, within the limits.
func (s *Service) queueLinkTexts(tx *store.Tx, workspaceID, batchID, kind string, cs []model.Contact) error {
	w, err := tx.Workspaces().ByID(workspaceID)
	if err != nil {
		return err
	}
	ts, err := tx.TextSettingsOf(workspaceID)
	if err != nil {
		return err
	}
	ids := make([]string, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	if err := s.checkLimits(tx, ts, ids); err != nil {
		return err
	}
	texts := make([]model.Text, 0, len(cs))
	for _, c := range cs {
		l, err := s.links.NewTextLink(tx, w, c, false)
		if err != nil {
			return err
		}
		tpl, fallback := s.linkTextFor(ts, w, c)
		body := renderOneSegment(tpl, values{Workspace: w, Contact: c, Link: l.URL, TTL: time.Duration(w.MagicLinkTTLSecs) * time.Second, Fallback: fallback})
		texts = append(texts, newText(c, kind, batchID, body, s.now()))
	}
	return queue(tx, texts...)
}

// BatchText is one contact's text in a batch, as the owner sees it.
type BatchText struct {
	ContactID, Status, ErrorCode, Error string
	SentAt                              *time.Time
}

// LoginTextBatch reports each contact's text of a batch of the workspace.
func (s *Service) LoginTextBatch(ctx context.Context, workspaceID, batchID string) ([]BatchText, error) {
	var ts []model.Text
	err := s.store.View(ctx, func(tx *store.Tx) (err error) { ts, err = tx.Texts().Batch(workspaceID, batchID); return err })
	if err != nil {
		return nil, err
	}
	if len(ts) == 0 {
		return nil, apperr.NotFoundf("There is no login text batch %s.", batchID)
	}
	out := make([]BatchText, len(ts))
	for i, t := range ts {
		out[i] = BatchText{ContactID: t.ContactID, Status: OwnerStatus(t.Status), ErrorCode: t.ErrorCode, Error: t.Error, SentAt: t.SentAt}
	}
	return out, nil
}

// OwnerStatus is the state the owner sees: a try under way is still queued.
func OwnerStatus(status string) string {
	if status == model.TextSending {
		return model.TextQueued
	}
	return status
}
