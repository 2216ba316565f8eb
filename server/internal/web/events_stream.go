package web

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

// streamOwnerEvents answers GET /api/v1/events with text/event-stream.
func (s *Server) streamOwnerEvents(c *fiber.Ctx) error {
	ch, cancel := s.Hub.Subscribe(workspaceID(c))
	missed, err := s.missedEvents(c)
	if err != nil {
		cancel()
		return err
	}
	c.Set(fiber.HeaderContentType, "text/event-stream")
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Set("X-Accel-Buffering", "no")
	c.Context().SetBodyStreamWriter(fasthttp.StreamWriter(func(w *bufio.Writer) {
		defer cancel()
		fmt.Fprint(w, "retry: 2000\n: connected\n\n")
		var after int64
		for _, e := range missed {
			fmt.Fprintf(w, "id: %d\nevent: %s\ndata: %s\n\n", e.ID, e.Type, ownerEventJSON(e))
			after = e.ID
		}
		if w.Flush() != nil {
			return
		}
		writeEvents(w, ch, after)
	}))
	return nil
}

// missedEvents are the events after Last-Event-ID, for a stream that reconnects.
func (s *Server) missedEvents(c *fiber.Ctx) ([]model.Event, error) {
	last, err := strconv.ParseInt(c.Get("Last-Event-ID"), 10, 64)
	if err != nil || last <= 0 {
		return nil, nil
	}
	return s.Hub.Since(c.UserContext(), workspaceID(c), last, 1000)
}

// writeEvents copies events newer than after to the stream until the
// client goes away.
func writeEvents(w *bufio.Writer, ch <-chan model.Event, after int64) {
	ping := time.NewTicker(15 * time.Second)
	defer ping.Stop()
	for {
		select {
		case e, ok := <-ch:
			if !ok {
				return
			}
			if e.ID <= after {
				continue
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
