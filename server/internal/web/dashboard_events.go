package web

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"clientportal/server/internal/model"
)

// clientEventKeys are the fields of an event's data that name the contact it
// is about; an event reaches a client's page only when one of them is theirs.
var clientEventKeys = []string{"contact_id", "signer_contact_id", "recipient_contact_id"}

// clientEventPing is how often an idle stream sends a comment and checks
// that the session is still alive.
var clientEventPing = 15 * time.Second

// streamClientEvents answers GET /events for the signed-in client: a
// text/event-stream that names, without any data, which part of their
// pages changed ("documents", "messages"). Only events of this workspace
// about this contact are passed on, and the stream ends with the session.
func (s *Server) streamClientEvents(c *fiber.Ctx) error {
	ct, token := currentClient(c), c.Cookies(sessionCookie)
	ch, cancel := s.Hub.Subscribe(ct.WorkspaceID)
	alive := func() bool { return s.sessionAlive(ct.WorkspaceID, token) }
	c.Set(fiber.HeaderContentType, "text/event-stream")
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Set("X-Accel-Buffering", "no")
	c.Context().SetBodyStreamWriter(fasthttp.StreamWriter(func(w *bufio.Writer) {
		defer cancel()
		fmt.Fprint(w, "retry: 3000\n: connected\n\n")
		if w.Flush() != nil {
			return
		}
		writeClientEvents(w, ch, ct.ID, alive)
	}))
	return nil
}

// writeClientEvents copies the client's events to the stream until the
// browser goes away or the session ends.
func writeClientEvents(w *bufio.Writer, ch <-chan model.Event, contactID string, alive func() bool) {
	ping := time.NewTicker(clientEventPing)
	defer ping.Stop()
	for {
		select {
		case e, ok := <-ch:
			if !ok {
				return // the server is shutting down
			}
			name := clientEventName(e, contactID)
			if name == "" {
				continue
			}
			fmt.Fprintf(w, "event: %s\ndata: %s\n\n", name, name)
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

// clientEventName is the part of the client's pages an event changes, or
// "" when the event is not for this contact's eyes.
func clientEventName(e model.Event, contactID string) string {
	kind, _, _ := strings.Cut(e.Type, ".")
	if kind != "document" && kind != "message" && kind != "invoice" {
		return ""
	}
	var data map[string]any
	if json.Unmarshal(e.Data, &data) != nil {
		return ""
	}
	for _, k := range clientEventKeys {
		if id, _ := data[k].(string); id != "" && id == contactID {
			return kind + "s"
		}
	}
	return ""
}

// sessionAlive checks, without counting it as activity, that a session is
// neither revoked nor expired.
func (s *Server) sessionAlive(workspaceID, token string) bool {
	ctx, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	return s.Access.SessionAlive(ctx, workspaceID, token)
}
