package groups

import (
	"context"
	"fmt"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// AddMembers makes contacts of the workspace members of a group; it
// returns how many were not members before.
func (s *Service) AddMembers(ctx context.Context, workspaceID, groupID string, contactIDs []string) (int, error) {
	if len(contactIDs) == 0 || len(contactIDs) > 10_000 {
		return 0, &apperr.Error{Kind: apperr.Invalid, Message: "Some fields need attention.",
			Fields: map[string]string{"contact_ids": "Name between 1 and 10,000 contacts."}}
	}
	var fresh []string
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Groups().ByID(workspaceID, groupID); err != nil {
			return store.Missing(err, "This group does not exist.")
		}
		if err := knownContacts(tx, workspaceID, contactIDs); err != nil {
			return err
		}
		var err error
		if fresh, err = tx.Groups().AddMembers(workspaceID, groupID, contactIDs, s.now()); err != nil {
			return err
		}
		for _, id := range fresh {
			if err := emit(tx, workspaceID, EventMemberAdded, groupID, map[string]any{"contact_id": id}); err != nil {
				return err
			}
		}
		return nil
	})
	return len(fresh), err
}

func knownContacts(tx *store.Tx, workspaceID string, ids []string) error {
	known, err := tx.Contacts().ExistingIDs(workspaceID, ids)
	if err != nil {
		return err
	}
	ok := map[string]bool{}
	for _, id := range known {
		ok[id] = true
	}
	for i, id := range ids {
		if !ok[id] {
			return &apperr.Error{Kind: apperr.Invalid, Message: "Some fields need attention.",
				Fields: map[string]string{fmt.Sprintf("contact_ids[%d]", i): "There is no contact " + id + " in this workspace."}}
		}
	}
	return nil
}

// RemoveMember ends a membership at once: the contact's next request for
// the group is answered as if it did not exist, and their live feed closes.
func (s *Service) RemoveMember(ctx context.Context, workspaceID, groupID, contactID string) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		ok, err := tx.Groups().RemoveMember(workspaceID, groupID, contactID)
		if err == nil && !ok {
			return apperr.NotFoundf("This contact is not a member of this group.")
		}
		if err != nil {
			return err
		}
		return emit(tx, workspaceID, EventMemberRemoved, groupID, map[string]any{"contact_id": contactID})
	})
}

// SetMuted mutes a member (they may read but not post, comment or like) or lifts it.
func (s *Service) SetMuted(ctx context.Context, workspaceID, groupID, contactID string, muted bool) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		var at any
		if muted {
			at = s.now()
		}
		ok, err := tx.Groups().UpdateMember(workspaceID, groupID, contactID, map[string]any{"muted_at": at})
		if err == nil && !ok {
			return apperr.NotFoundf("This contact is not a member of this group.")
		}
		if err != nil {
			return err
		}
		return emit(tx, workspaceID, EventMemberMuted, groupID, map[string]any{"contact_id": contactID, "muted": muted})
	})
}

// Membership loads a contact's membership, or NotFound when they are not a
// member: a group is invisible to everyone else.
func (s *Service) Membership(ctx context.Context, workspaceID, contactID, groupID string) (g model.Group, m model.GroupMember, err error) {
	err = s.store.View(ctx, func(tx *store.Tx) error {
		g, m, err = membership(tx, workspaceID, contactID, groupID)
		return err
	})
	return g, m, err
}

func membership(tx *store.Tx, workspaceID, contactID, groupID string) (model.Group, model.GroupMember, error) {
	m, err := tx.Groups().Member(workspaceID, groupID, contactID)
	if err != nil {
		return model.Group{}, m, store.Missing(err, groupMissing)
	}
	g, err := tx.Groups().ByID(workspaceID, groupID)
	return g, m, store.Missing(err, groupMissing)
}

// ForMember lists the contact's groups with their new posts.
func (s *Service) ForMember(ctx context.Context, workspaceID, contactID string) (gs []model.GroupOfMember, err error) {
	err = s.store.View(ctx, func(tx *store.Tx) error { gs, err = tx.Groups().ForContact(workspaceID, contactID); return err })
	return gs, err
}

// NewPosts counts the posts in all the contact's groups since they last looked.
func (s *Service) NewPosts(ctx context.Context, workspaceID, contactID string) (int, error) {
	gs, err := s.ForMember(ctx, workspaceID, contactID)
	n := 0
	for _, g := range gs {
		n += g.NewPosts
	}
	return n, err
}
