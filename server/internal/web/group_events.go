package web

import (
	"context"
	"encoding/json"
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/groups"
	"clientportal/server/internal/model"
	"clientportal/server/internal/web/httpx"
)

// groupFeedEvents are the group events that change what the feed shows.
var groupFeedEvents = map[string]bool{
	groups.EventPostCreated: true, groups.EventPostRemoved: true, groups.EventPostPinned: true,
	groups.EventCommentCreated: true, groups.EventCommentRemoved: true,
}

// streamGroupEvents answers GET /groups/:id/events for a member: a
// text/event-stream that says "posts" whenever the feed changed, so every
// member's open page refreshes it. Events go to the group's members
// through this stream of their own, not the client stream of /events,
// because one post concerns many contacts. The stream ends ("ended") as
// soon as the member is removed or their session ends.
func (s *Server) streamGroupEvents(c *fiber.Ctx) error {
	ct, token, groupID := currentClient(c), c.Cookies(sessionCookie), c.Params("id")
	if _, _, err := s.Groups.Membership(c.UserContext(), ct.WorkspaceID, ct.ID, groupID); err != nil {
		return err
	}
	ch, cancel := s.Hub.Subscribe(ct.WorkspaceID)
	return httpx.Serve(c, httpx.Stream{Retry: 3 * time.Second, Ping: clientEventPing, Events: ch, Close: cancel,
		Alive: func() bool { return s.sessionAlive(ct.WorkspaceID, token) && s.stillMember(ct, groupID) },
		Frame: func(e model.Event) (httpx.Frame, bool) {
			if revokesAccess(e, ct.ID) {
				return httpx.Ended, true
			}
			switch groupEventName(e, groupID, ct.ID) {
			case "ended":
				return httpx.Ended, true
			case "posts":
				return httpx.Frame{Event: "posts", Data: "posts"}, true
			}
			return httpx.Frame{}, false
		}})
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
