package web

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"clientportal/server/internal/groups"
	"clientportal/server/internal/model"
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
	alive := func() bool { return s.sessionAlive(ct.WorkspaceID, token) && s.stillMember(ct, groupID) }
	c.Set(fiber.HeaderContentType, "text/event-stream")
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Set("X-Accel-Buffering", "no")
	c.Context().SetBodyStreamWriter(fasthttp.StreamWriter(func(w *bufio.Writer) {
		defer cancel()
		fmt.Fprint(w, "retry: 3000\n: connected\n\n")
		if w.Flush() != nil {
			return
		}
		writeGroupEvents(w, ch, groupID, ct.ID, alive)
	}))
	return nil
}

// stillMember checks the membership again, for the stream's periodic check.
func (s *Server) stillMember(ct model.Contact, groupID string) bool {
	ctx, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	_, _, err := s.Groups.Membership(ctx, ct.WorkspaceID, ct.ID, groupID)
	return err == nil
}

// writeGroupEvents copies the group's feed changes to the stream until the
// browser goes away, the member is removed or the session ends.
func writeGroupEvents(w *bufio.Writer, ch <-chan model.Event, groupID, contactID string, alive func() bool) {
	ping := time.NewTicker(clientEventPing)
	defer ping.Stop()
	for {
		select {
		case e, ok := <-ch:
			if !ok {
				return
			}
			switch groupEventName(e, groupID, contactID) {
			case "":
				continue
			case "ended":
				fmt.Fprint(w, "event: ended\ndata: ended\n\n")
				w.Flush()
				return
			default:
				fmt.Fprint(w, "event: posts\ndata: posts\n\n")
			}
		case <-ping.C:
			if !alive() {
				fmt.Fprint(w, "event: ended\ndata: ended\n\n")
				w.Flush()
				return
			}
			fmt.Fprint(w, ": ping\n\n")
		}
		if err := w.Flush(); err != nil {
			return
		}
	}
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
