package desk

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"clientportal/app/internal/localdb"
	"clientportal/shared/api"
)

const snapInbox = "inbox"

// Inbox lists the conversations with contacts, unread first, then newest;
// offline it returns the last list it saw, marked as such in Fresh.
func (a *App) Inbox(ctx context.Context) (api.Inbox, Fresh, error) {
	c, err := a.Current()
	if err != nil {
		return api.Inbox{}, Fresh{}, err
	}
	in, err := c.Client.Inbox(ctx)
	a.observe(err)
	if err == nil {
		_ = a.DB.SaveSnapshot(ctx, c.Account.ID, snapInbox, in)
		return in, Fresh{}, nil
	}
	if !Unreachable(err) {
		return api.Inbox{}, Fresh{}, fmt.Errorf("load inbox: %w", err)
	}
	at, ok, lerr := a.DB.LoadSnapshot(ctx, c.Account.ID, snapInbox, &in)
	if lerr != nil || !ok {
		return api.Inbox{}, Fresh{Offline: true}, fmt.Errorf("load inbox: %w", err)
	}
	return in, Fresh{Offline: true, SavedAt: at}, nil
}

// LastInbox is the last list of conversations seen, without asking the server.
func (a *App) LastInbox(ctx context.Context) (api.Inbox, bool) {
	c, err := a.Current()
	if err != nil {
		return api.Inbox{}, false
	}
	var in api.Inbox
	_, ok, err := a.DB.LoadSnapshot(ctx, c.Account.ID, snapInbox, &in)
	return in, ok && err == nil
}

// Thread fetches the conversation with one contact, oldest first; offline
// it returns the last copy it saw, marked as such in Fresh.
func (a *App) Thread(ctx context.Context, contactID string) (api.Thread, Fresh, error) {
	c, err := a.Current()
	if err != nil {
		return api.Thread{}, Fresh{}, err
	}
	key := "thread:" + contactID
	t, err := c.Client.Thread(ctx, contactID)
	a.observe(err)
	if err == nil {
		_ = a.DB.SaveSnapshot(ctx, c.Account.ID, key, t)
		return t, Fresh{}, nil
	}
	if !Unreachable(err) {
		return api.Thread{}, Fresh{}, err
	}
	at, ok, lerr := a.DB.LoadSnapshot(ctx, c.Account.ID, key, &t)
	if lerr != nil || !ok {
		return api.Thread{}, Fresh{Offline: true}, err
	}
	return t, Fresh{Offline: true, SavedAt: at}, nil
}

// MarkMessagesRead marks the contact's messages to the owner as read.
func (a *App) MarkMessagesRead(ctx context.Context, contactID string) error {
	c, err := a.Current()
	if err != nil {
		return err
	}
	err = c.Client.MarkMessagesRead(ctx, contactID)
	a.observe(err)
	return err
}

// SendMessage sends the owner's reply (with an optional file). Offline, the
// reply is queued in the outbox and sent once, when the server is back; who
// names the contact in the outbox.
func (a *App) SendMessage(ctx context.Context, in api.NewMessage, who string) (Outcome, error) {
	if who == "" {
		who = "contact " + in.ContactID
	}
	q := queuedMessage{ContactID: in.ContactID, Body: in.Body, FileName: in.FileName, File: in.File}
	out, err := a.perform(ctx, localdb.KindSendMessage, "Reply to "+who, q)
	if err == nil && !out.Queued {
		a.Live.Changed("")
	}
	return out, err
}

// queuedMessage is the outbox payload of a reply, its file included.
type queuedMessage struct {
	ContactID string `json:"contact_id"`
	Body      string `json:"body"`
	FileName  string `json:"file_name,omitempty"`
	File      []byte `json:"file,omitempty"`
}

func (q queuedMessage) message() api.NewMessage {
	return api.NewMessage{ContactID: q.ContactID, Body: q.Body, FileName: q.FileName, File: q.File}
}

// WaitingReplies lists the replies to a contact still queued in the outbox,
// oldest first, so the conversation can show them as not yet sent.
func (a *App) WaitingReplies(ctx context.Context, contactID string) []WaitingReply {
	c, err := a.Current()
	if err != nil {
		return nil
	}
	pending, err := a.DB.Pending(ctx, c.Account.ID)
	if err != nil {
		return nil
	}
	var out []WaitingReply
	for _, act := range pending {
		var q queuedMessage
		if act.Kind != localdb.KindSendMessage || json.Unmarshal(act.Payload, &q) != nil || q.ContactID != contactID {
			continue
		}
		out = append(out, WaitingReply{Body: q.Body, FileName: q.FileName, QueuedAt: act.CreatedAt})
	}
	return out
}

// WaitingReply is a reply queued in the outbox.
type WaitingReply struct {
	Body, FileName string
	QueuedAt       time.Time
}
