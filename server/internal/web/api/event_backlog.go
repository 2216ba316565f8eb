package api

import (
	"encoding/json"
	"strconv"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
	"clientportal/server/internal/web/httpx"
	"clientportal/shared/api"
)

// missedEvents are the events after Last-Event-ID, for a stream that reconnects.
func (s *Server) missedEvents(c *fiber.Ctx) ([]model.Event, error) {
	last, err := strconv.ParseInt(c.Get("Last-Event-ID"), 10, 64)
	if err != nil || last <= 0 {
		return nil, nil
	}
	return s.Hub.Since(c.UserContext(), workspaceID(c), last, 1000)
}

// ownerFrame is an event as the owner's stream sends it: its id, type and
// the API's event JSON.
func ownerFrame(e model.Event) httpx.Frame {
	return httpx.Frame{ID: e.ID, Event: e.Type, Data: string(ownerEventJSON(e))}
}

func ownerEventJSON(e model.Event) []byte {
	var data map[string]any
	_ = json.Unmarshal(e.Data, &data)
	b, _ := json.Marshal(api.Event{ID: e.ID, Type: e.Type, At: e.CreatedAt, Data: data})
	return b
}
