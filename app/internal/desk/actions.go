package desk

import (
	"context"
	"encoding/json"
	"fmt"

	"clientportal/app/internal/localdb"
	"clientportal/shared/api"
)

// Outcome is what became of an owner action: done now, or queued for later.
type Outcome struct {
	Queued  bool
	Contact api.Contact
	BatchID string
	// Invoice is the draft saved now (empty when queued).
	Invoice api.Invoice
	// Message is the reply sent now (empty when queued).
	Message api.Message
}

// Invite invites a contact (by id, or a new one by email); offline, it is
// queued. who names the person in the outbox (their email, if known).
func (a *App) Invite(ctx context.Context, req api.InviteRequest, who string) (Outcome, error) {
	if who == "" {
		who = req.Email
	}
	if who == "" {
		who = "contact " + req.ContactID
	}
	return a.perform(ctx, localdb.KindInvite, "Invite "+who, req)
}

// LoginEmail sends one contact a login email; offline, it is queued.
func (a *App) LoginEmail(ctx context.Context, contactID, email string) (Outcome, error) {
	label := "Login email to " + email
	if email == "" {
		label = "Login email to contact " + contactID
	}
	return a.perform(ctx, localdb.KindLoginEmail, label, api.LoginEmailsRequest{ContactIDs: []string{contactID}})
}

// perform sends an action now with a fresh Idempotency-Key; when the server
// cannot be reached, the action is queued with that same key, so a request
// that did arrive is not applied a second time by the replay.
func (a *App) perform(ctx context.Context, kind, label string, payload any) (Outcome, error) {
	c, err := a.Current()
	if err != nil {
		return Outcome{}, err
	}
	key := localdb.NewKey()
	out, err := apply(ctx, c.Client, kind, mustJSON(payload), key)
	a.observe(err)
	if err == nil || !Unreachable(err) {
		return out, err
	}
	if _, qerr := a.DB.Enqueue(ctx, c.Account.ID, kind, label, key, payload); qerr != nil {
		return Outcome{}, fmt.Errorf("%s: server unreachable and %w", label, qerr)
	}
	a.Live.Changed("")
	return Outcome{Queued: true}, nil
}

// apply sends one action to the server.
func apply(ctx context.Context, c *api.Client, kind string, payload json.RawMessage, key string) (Outcome, error) {
	switch kind {
	case localdb.KindInvite:
		var req api.InviteRequest
		if err := json.Unmarshal(payload, &req); err != nil {
			return Outcome{}, fmt.Errorf("%w: decode invite: %w", ErrUnsendable, err)
		}
		res, err := c.Invite(ctx, req, key)
		return Outcome{Contact: res.Contact}, err
	case localdb.KindLoginEmail:
		var req api.LoginEmailsRequest
		if err := json.Unmarshal(payload, &req); err != nil {
			return Outcome{}, fmt.Errorf("%w: decode login email: %w", ErrUnsendable, err)
		}
		res, err := c.SendLoginEmails(ctx, req.ContactIDs, key)
		return Outcome{BatchID: res.BatchID}, err
	case localdb.KindSendDocument:
		var req sendDocument
		if err := json.Unmarshal(payload, &req); err != nil {
			return Outcome{}, fmt.Errorf("%w: decode document send: %w", ErrUnsendable, err)
		}
		_, err := c.SendDocument(ctx, req.ID, key)
		return Outcome{}, err
	case localdb.KindDraftInvoice:
		var req api.InvoiceInput
		if err := json.Unmarshal(payload, &req); err != nil {
			return Outcome{}, fmt.Errorf("%w: decode invoice draft: %w", ErrUnsendable, err)
		}
		v, err := c.CreateInvoice(ctx, req, key)
		return Outcome{Invoice: v}, err
	case localdb.KindSendMessage:
		var req queuedMessage
		if err := json.Unmarshal(payload, &req); err != nil {
			return Outcome{}, fmt.Errorf("%w: decode reply: %w", ErrUnsendable, err)
		}
		m, err := c.SendMessage(ctx, req.message(), key)
		return Outcome{Message: m}, err
	}
	return Outcome{}, fmt.Errorf("%w: unknown action kind %q", ErrUnsendable, kind)
}

func mustJSON(v any) json.RawMessage {
	b, _ := json.Marshal(v)
	return b
}
