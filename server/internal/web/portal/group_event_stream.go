package portal

import (
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
	"clientportal/server/internal/web/httpx"
)

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
