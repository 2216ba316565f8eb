package desk

import (
	"context"

	"clientportal/app/internal/localdb"
	"clientportal/shared/api"
)

// Inbox lists the conversations with contacts, unread first, then newest.
func (a *App) Inbox(ctx context.Context) (api.Inbox, error) {
	c, err := a.Current()
	if err != nil {
		return api.Inbox{}, err
	}
	in, err := c.Client.Inbox(ctx)
	a.observe(err)
	return in, err
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
