package web

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
	"clientportal/server/internal/web/httpx"
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

// revokesAccess reports the event that shuts this contact out: their open
// pages stop listening at once.
func revokesAccess(e model.Event, contactID string) bool {
	if e.Type != model.EventContactAccessRevoked {
		return false
	}
	var data struct {
		ContactID string `json:"contact_id"`
	}
	return json.Unmarshal(e.Data, &data) == nil && data.ContactID == contactID
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
