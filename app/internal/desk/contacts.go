package desk

import (
	"context"
	"fmt"

	"clientportal/shared/api"
)

// Contacts lists one page of contacts, or the last copy of that page when offline.
func (a *App) Contacts(ctx context.Context, q api.ContactQuery) (api.ContactList, Fresh, error) {
	c, err := a.Current()
	if err != nil {
		return api.ContactList{}, Fresh{}, err
	}
	key := fmt.Sprintf("contacts:%s:%s:%d:%s", q.Status, q.Q, q.Limit, q.Cursor)
	l, err := c.Client.Contacts(ctx, q)
	a.observe(err)
	if err == nil {
		_ = a.DB.SaveSnapshot(ctx, c.Account.ID, key, l)
		return l, Fresh{}, nil
	}
	if !Unreachable(err) {
		return api.ContactList{}, Fresh{}, fmt.Errorf("list contacts: %w", err)
	}
	at, ok, lerr := a.DB.LoadSnapshot(ctx, c.Account.ID, key, &l)
	if lerr != nil || !ok {
		return api.ContactList{}, Fresh{Offline: true}, fmt.Errorf("list contacts: %w", err)
	}
	return l, Fresh{Offline: true, SavedAt: at}, nil
}

// SetContactLanguage sets the language the portal, emails and texts use
// for a contact ("" for their browser's); it needs the server.
func (a *App) SetContactLanguage(ctx context.Context, contactID, code string) (api.Contact, error) {
	c, err := a.Current()
	if err != nil {
		return api.Contact{}, err
	}
	ct, err := c.Client.UpdateContact(ctx, contactID, api.ContactChange{Language: &code})
	a.observe(err)
	if err != nil {
		return api.Contact{}, fmt.Errorf("set the language of %s: %w", contactID, err)
	}
	return ct, nil
}

// MagicLink makes a fresh login link; it needs the server (a link cannot be queued).
func (a *App) MagicLink(ctx context.Context, contactID string) (api.MagicLink, error) {
	c, err := a.Current()
	if err != nil {
		return api.MagicLink{}, err
	}
	l, err := c.Client.NewMagicLink(ctx, contactID)
	a.observe(err)
	if err != nil {
		return api.MagicLink{}, fmt.Errorf("magic link for %s: %w", contactID, err)
	}
	return l, nil
}
