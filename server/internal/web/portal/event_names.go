package portal

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"clientportal/server/internal/model"
)

// clientEventKeys are the fields of an event's data that name the contact it
// is about; an event reaches a client's page only when one of them is theirs.
var clientEventKeys = []string{"contact_id", "signer_contact_id", "recipient_contact_id"}

// clientEventPing is how often an idle stream sends a comment and checks
// that the session is still alive.
var clientEventPing = 15 * time.Second

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
	return s.Sessions.Alive(ctx, workspaceID, token)
}
