package texts

import (
	"context"
	"errors"
	"log/slog"
	"net/url"
	"strings"

	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Verify reports whether a callback was signed by the provider: fullURL is
// the address it posted to, as the provider saw it.
func (s *Service) Verify(fullURL string, form url.Values, signature string) bool {
	return ValidSignature(s.provider.AuthToken(), fullURL, form, signature)
}

// CallbackURL is the address the provider posted to, rebuilt from the
// server's public base URL and the request's path and query.
func (s *Service) CallbackURL(pathAndQuery string) string {
	if s.baseURL == nil {
		return pathAndQuery
	}
	return s.baseURL.String() + pathAndQuery
}

// rank orders delivery states, so a late callback never moves a text back.
var rank = map[string]int{model.TextQueued: 0, model.TextSending: 0, model.TextSent: 1,
	model.TextDelivered: 2, model.TextUndelivered: 2, model.TextFailed: 2}

// providerStates maps the provider's message states to ours; the rest
// (accepted, scheduled, sending…) change nothing.
var providerStates = map[string]string{"sent": model.TextSent, "delivered": model.TextDelivered, "read": model.TextDelivered,
	"undelivered": model.TextUndelivered, "failed": model.TextFailed}

// RecordStatus applies a status callback of the text textID (from its
// callback address) or of the provider's message sid. A callback about a
// message we do not know is ignored.
func (s *Service) RecordStatus(ctx context.Context, textID string, form url.Values) error {
	sid, code := form.Get("MessageSid"), form.Get("ErrorCode")
	status, known := providerStates[strings.ToLower(form.Get("MessageStatus"))]
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		t, err := tx.Texts().ForCallback(textID, sid)
		if errors.Is(err, store.ErrNotFound) || (err == nil && t.ProviderSID != "" && sid != "" && t.ProviderSID != sid) {
			slog.Info("status callback for an unknown text", "text", textID, "sid", sid)
			return nil
		}
		if err != nil || !known || rank[status] <= rank[t.Status] {
			return err
		}
		if err := tx.Texts().SetStatus(t.ID, sid, status, code); err != nil {
			return err
		}
		if code == CodeUnsubscribed {
			if _, err := setOptOut(tx, t.ToPhone, true); err != nil {
				return err
			}
		}
		return emitStatus(tx, t, status, code)
	})
}

// The keywords of an inbound text that opt out of texts, or back in.
var (
	stopWords  = map[string]bool{"STOP": true, "STOPALL": true, "UNSUBSCRIBE": true, "CANCEL": true, "END": true, "QUIT": true}
	startWords = map[string]bool{"START": true, "UNSTOP": true}
)

// RecordInbound reads a text a contact sent: STOP and its kin opt the
// number out of texts, START and UNSTOP back in. Other texts are ignored.
func (s *Service) RecordInbound(ctx context.Context, form url.Values) error {
	word := strings.ToUpper(strings.Trim(strings.TrimSpace(form.Get("Body")), ".!"))
	from := strings.TrimSpace(form.Get("From"))
	if from == "" || (!stopWords[word] && !startWords[word]) {
		return nil
	}
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		n, err := setOptOut(tx, from, stopWords[word])
		if n > 0 {
			slog.Info("text opt-out changed", "contacts", n, "opted_out", stopWords[word])
		}
		return err
	})
}

// Recent lists the newest texts, for the development outbox.
func (s *Service) Recent(ctx context.Context, n int) ([]model.Text, error) {
	var ts []model.Text
	err := s.store.View(ctx, func(tx *store.Tx) (err error) { ts, err = tx.Texts().Recent(n); return err })
	return ts, err
}

// DevOutbox reports whether texts stay in the development outbox.
func (s *Service) DevOutbox() bool {
	_, ok := s.provider.(Outbox)
	return ok
}
