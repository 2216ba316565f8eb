package portal

import (
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
	"clientportal/server/internal/web/httpx"
)

// streamClientEvents answers GET /events for the signed-in client: a
// text/event-stream that names, without any data, which part of their
// pages changed ("documents", "messages"). Only events of this workspace
// about this contact are passed on, and the stream ends with the session.
func (s *Server) streamClientEvents(c *fiber.Ctx) error {
	ct, token := currentClient(c), c.Cookies(sessionCookie)
	ch, cancel := s.Hub.Subscribe(ct.WorkspaceID)
	return httpx.Serve(c, httpx.Stream{Retry: 3 * time.Second, Ping: clientEventPing, Events: ch, Close: cancel,
		Alive: func() bool { return s.sessionAlive(ct.WorkspaceID, token) },
		Frame: func(e model.Event) (httpx.Frame, bool) {
			if revokesAccess(e, ct.ID) {
				return httpx.Ended, true
			}
			name := clientEventName(e, ct.ID)
			return httpx.Frame{Event: name, Data: name}, name != ""
		}})
}
