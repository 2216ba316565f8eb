package desk

import (
	"context"
	"fmt"

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

// Thread fetches the conversation with one contact, oldest first.
func (a *App) Thread(ctx context.Context, contactID string) (api.Thread, error) {
	c, err := a.Current()
	if err != nil {
		return api.Thread{}, err
	}
	t, err := c.Client.Thread(ctx, contactID)
	a.observe(err)
	return t, err
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

// SendMessage sends the owner's reply (with an optional file); it needs the server.
func (a *App) SendMessage(ctx context.Context, in api.NewMessage) (api.Message, error) {
	c, err := a.Current()
	if err != nil {
		return api.Message{}, err
	}
	m, err := c.Client.SendMessage(ctx, in, localdb.NewKey())
	a.observe(err)
	if err == nil {
		a.Live.Changed("")
	}
	return m, err
}
