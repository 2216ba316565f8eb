package portal

import (
	"context"
	"encoding/json"
	"time"

	"clientportal/server/internal/groups"
	"clientportal/server/internal/model"
)

// groupFeedEvents are the group events that change what the feed shows.
var groupFeedEvents = map[string]bool{
	groups.EventPostCreated: true, groups.EventPostRemoved: true, groups.EventPostPinned: true,
	groups.EventCommentCreated: true, groups.EventCommentRemoved: true,
}

// stillMember checks the membership again, for the stream's periodic check.
func (s *Server) stillMember(ct model.Contact, groupID string) bool {
	ctx, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	_, _, err := s.Groups.Membership(ctx, ct.WorkspaceID, ct.ID, groupID)
	return err == nil
}

// groupEventName is "posts" for a change of this group's feed, "ended" when
// this member was removed from it, and "" for anything else.
func groupEventName(e model.Event, groupID, contactID string) string {
	if len(e.Type) < 6 || e.Type[:6] != "group." {
		return ""
	}
	var data struct {
		GroupID   string `json:"group_id"`
		ContactID string `json:"contact_id"`
	}
	if json.Unmarshal(e.Data, &data) != nil || data.GroupID != groupID {
		return ""
	}
	switch {
	case e.Type == groups.EventMemberRemoved && data.ContactID == contactID:
		return "ended"
	case groupFeedEvents[e.Type]:
		return "posts"
	}
	return ""
}
