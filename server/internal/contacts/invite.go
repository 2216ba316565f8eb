package contacts

import (
	"context"
	"errors"
	"strings"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// InviteInput names an existing contact, or an email (and name) to add.
type InviteInput struct {
	ContactID, Email, Name string
}

// Invite brings a contact into the portal and emails the invitation. A
// repeated invite resends the email without counting the contact twice.
func (s *Service) Invite(ctx context.Context, workspaceID string, in InviteInput) (model.Contact, error) {
	if (in.ContactID == "") == (strings.TrimSpace(in.Email) == "") {
		return model.Contact{}, apperr.Validation{"contact_id": "Give either contact_id or email, not both and not neither."}.Err()
	}
	nc := NewContact{Email: in.Email, Name: in.Name}
	if in.ContactID == "" {
		if err := nc.validate(); err != nil {
			return model.Contact{}, err
		}
	}
	var c model.Contact
	err := s.store.InTx(ctx, func(tx *store.Tx) (err error) {
		c, err = s.invite(tx, workspaceID, in.ContactID, nc)
		return err
	})
	return c, store.Missing(err, contactMissing)
}

func (s *Service) invite(tx *store.Tx, workspaceID, contactID string, nc NewContact) (model.Contact, error) {
	w, err := tx.Workspaces().ByID(workspaceID)
	if err != nil {
		return model.Contact{}, err
	}
	c, err := s.findOrCreate(tx, workspaceID, contactID, nc)
	if err != nil {
		return c, err
	}
	first, err := tx.Contacts().MarkInvited(workspaceID, c.ID, s.now())
	if err != nil {
		return c, err
	}
	if err := tx.Contacts().RestoreAccess(workspaceID, c.ID); err != nil {
		return c, err
	}
	if first {
		if err := invitedEffects(tx, c); err != nil {
			return c, err
		}
	}
	if err := s.links.SendInvitation(tx, w, c); err != nil {
		return c, err
	}
	return tx.Contacts().ByID(workspaceID, c.ID)
}

func (s *Service) findOrCreate(tx *store.Tx, workspaceID, contactID string, nc NewContact) (model.Contact, error) {
	if contactID != "" {
		return tx.Contacts().ByID(workspaceID, contactID)
	}
	c, err := tx.Contacts().ByEmail(workspaceID, nc.Email)
	if errors.Is(err, store.ErrNotFound) {
		return createContact(tx, workspaceID, nc, s.now())
	}
	return c, err
}

func invitedEffects(tx *store.Tx, c model.Contact) error {
	if err := tx.Workspaces().AddCounts(c.WorkspaceID, 1, 0); err != nil {
		return err
	}
	return events.Emit(tx, c.WorkspaceID, model.EventContactInvited, map[string]any{"contact_id": c.ID, "name": c.Name, "email": c.Email})
}
