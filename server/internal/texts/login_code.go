package texts

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// JobLoginCode is the job kind that answers "text me a code".
const JobLoginCode = "login_code.text"

type loginCodePayload struct {
	Email string `json:"email"`
}

// RequestLoginCode queues a login code by text for the client with this
// email; the job texts it only if the address belongs to a contact with a
// phone who did not opt out. The request does the same work either way, so
// the answer tells no one who is a client or who has a phone.
func (s *Service) RequestLoginCode(ctx context.Context, workspaceID, email string) {
	j, err := jobs.NewJob(workspaceID, JobLoginCode, loginCodePayload{Email: strings.TrimSpace(email)})
	if err == nil {
		err = s.store.InTx(ctx, func(tx *store.Tx) error { return jobs.Enqueue(tx, j) })
	}
	if err != nil {
		slog.Error("login code by text", "workspace", workspaceID, "err", err)
	}
}

func (s *Service) runLoginCode(ctx context.Context, j model.Job) error {
	var p loginCodePayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return jobs.Permanent(err)
	}
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		c, err := tx.Contacts().ByEmail(j.WorkspaceID, p.Email)
		if errors.Is(err, store.ErrNotFound) || (err == nil && textable(c) != nil) {
			return nil
		}
		if err != nil {
			return err
		}
		err = s.queueCodeText(tx, c)
		if apperr.Is(err, apperr.RateLimited) {
			slog.Info("login code by text over the limit", "workspace", j.WorkspaceID, "contact", c.ID)
			return nil
		}
		return err
	})
}

func (s *Service) queueCodeText(tx *store.Tx, c model.Contact) error {
	w, err := tx.Workspaces().ByID(c.WorkspaceID)
	if err != nil {
		return err
	}
	ts, err := tx.TextSettingsOf(c.WorkspaceID)
	if err != nil {
		return err
	}
	if err := s.checkLimits(tx, ts, []string{c.ID}); err != nil {
		return err
	}
	l, err := s.links.NewTextLink(tx, w, c, true)
	if err != nil {
		return err
	}
	v := values{Workspace: w, Contact: c, Link: l.URL, Code: l.Code, TTL: time.Duration(w.MagicLinkTTLSecs) * time.Second}
	t := codeTemplateIn(s.wordsFor(w, c))
	v.Fallback = t
	if l.Code == "" { // the day's codes are used up: the link still works
		t, v.Fallback = s.linkTextFor(ts, w, c)
	}
	return queue(tx, newText(c, model.TextLoginCode, "", renderOneSegment(t, v), s.now()))
}
