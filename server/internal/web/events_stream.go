package web

import (
	"bufio"
	"encoding/json"
	"fmt"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

// streamOwnerEvents answers GET /api/v1/events with text/event-stream.
func (s *Server) streamOwnerEvents(c *fiber.Ctx) error {
	ch, cancel := s.Hub.Subscribe(workspaceID(c))
	c.Set(fiber.HeaderContentType, "text/event-stream")
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Set("X-Accel-Buffering", "no")
	c.Context().SetBodyStreamWriter(fasthttp.StreamWriter(func(w *bufio.Writer) {
		defer cancel()
		fmt.Fprint(w, "retry: 2000\n: connected\n\n")
		if w.Flush() != nil {
			return
		}
		writeEvents(w, ch)
	}))
	return nil
}

// writeEvents copies events to the stream until the client goes away.
func writeEvents(w *bufio.Writer, ch <-chan model.Event) {
	ping := time.NewTicker(15 * time.Second)
	defer ping.Stop()
	for {
		select {
		case e, ok := <-ch:
			if !ok {
				return
			}
			fmt.Fprintf(w, "id: %d\nevent: %s\ndata: %s\n\n", e.ID, e.Type, ownerEventJSON(e))
		case <-ping.C:
			fmt.Fprint(w, ": ping\n\n")
		}
		if err := w.Flush(); err != nil {
			return
		}
	}
}

func ownerEventJSON(e model.Event) []byte {
	var data map[string]any
	_ = json.Unmarshal(e.Data, &data)
	b, _ := json.Marshal(api.Event{ID: e.ID, Type: e.Type, At: e.CreatedAt, Data: data})
	return b
}
