// Package groups is the domain service of community groups: the owner
// creates groups, chooses their members and moderates; members post (text
// and an optional picture), comment and like, and only members ever see a
// group.
package groups

import (
	"context"
	"strings"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/clock"
)

// The events groups emit; each carries group_id.
const (
	EventPostCreated    = "group.post_created"
	EventPostRemoved    = "group.post_removed"
	EventPostPinned     = "group.post_pinned"
	EventPostLiked      = "group.post_liked"
	EventCommentCreated = "group.comment_created"
	EventCommentRemoved = "group.comment_removed"
	EventMemberAdded    = "group.member_added"
	EventMemberRemoved  = "group.member_removed"
	EventMemberMuted    = "group.member_muted"
)

// Service is the community groups domain service.
type Service struct {
	store *store.Store
	now   func() time.Time
}

// New returns the groups service.
func New(s *store.Store, clk clock.Clock) *Service {
	return &Service{store: s, now: clock.Or(clk).Now}
}

const groupMissing = "This group does not exist, or you are not a member of it."

func emit(tx *store.Tx, workspaceID, typ, groupID string, data map[string]any) error {
	data["group_id"] = groupID
	return events.Emit(tx, workspaceID, typ, data)
}

// Create makes a new, empty group.
func (s *Service) Create(ctx context.Context, workspaceID, name, description string) (model.Group, error) {
	v := apperr.Validation{}
	name = strings.TrimSpace(name)
	if name == "" || len([]rune(name)) > 120 {
		v.Add("name", "Give the group a name of up to 120 characters.")
	}
	if len([]rune(description)) > 2000 {
		v.Add("description", "Keep the description under 2,000 characters.")
	}
	if err := v.Err(); err != nil {
		return model.Group{}, err
	}
	g := model.Group{ID: uuid.NewString(), WorkspaceID: workspaceID, Name: name, Description: strings.TrimSpace(description), CreatedAt: s.now()}
	return g, s.store.InTx(ctx, func(tx *store.Tx) error { return tx.Groups().Create(&g) })
}

// Summary is a group in the owner's list.
type Summary struct {
	Group   model.Group
	Members []model.GroupMember
}

// List returns the workspace's groups with their members.
func (s *Service) List(ctx context.Context, workspaceID string) ([]Summary, error) {
	var out []Summary
	err := s.store.View(ctx, func(tx *store.Tx) error {
		gs, err := tx.Groups().List(workspaceID)
		for _, g := range gs {
			if err != nil {
				break
			}
			var ms []model.GroupMember
			ms, err = tx.Groups().Members(workspaceID, g.ID)
			out = append(out, Summary{Group: g, Members: ms})
		}
		return err
	})
	return out, err
}

// Get loads one group with its members, for the owner.
func (s *Service) Get(ctx context.Context, workspaceID, groupID string) (sm Summary, err error) {
	err = s.store.View(ctx, func(tx *store.Tx) error {
		if sm.Group, err = tx.Groups().ByID(workspaceID, groupID); err != nil {
			return store.Missing(err, "This group does not exist.")
		}
		sm.Members, err = tx.Groups().Members(workspaceID, groupID)
		return err
	})
	return sm, err
}
