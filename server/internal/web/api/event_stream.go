package api

import (
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
	"clientportal/server/internal/web/httpx"
)

// streamOwnerEvents answers GET /api/v1/events with text/event-stream: the
// events missed since Last-Event-ID, then every new event of the workspace.
func (s *Server) streamOwnerEvents(c *fiber.Ctx) error {
	ch, cancel := s.Hub.Subscribe(workspaceID(c))
	missed, err := s.missedEvents(c)
	if err != nil {
		cancel()
		return err
	}
	backlog := make([]httpx.Frame, len(missed))
	for i, e := range missed {
		backlog[i] = ownerFrame(e)
	}
	return httpx.Serve(c, httpx.Stream{Retry: 2 * time.Second, Ping: 15 * time.Second, Backlog: backlog, Events: ch, Close: cancel,
		Frame: func(e model.Event) (httpx.Frame, bool) { return ownerFrame(e), true }})
}
