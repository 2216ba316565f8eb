package sessions

import (
	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/secure"
	"clientportal/server/internal/store"
)

// ClientMeta describes the browser a client logs in from.
type ClientMeta struct {
	IP, UserAgent string
	OldSession    string // the token of a session to end (rotated at login)
}

// NewSession is a started session; Token goes in the cookie and nowhere else.
type NewSession struct {
	Session model.Session
	Token   string
	Contact model.Contact
}

// errRevoked refuses a login of a contact whose access was revoked; it
// reads like a dead login link, the way most logins arrive.
var errRevoked = apperr.New(apperr.Unauthorized, "This login link is no longer valid.")

// Start starts a session in the caller's transaction, records the login
// and, the first time, the join.
func (s *Service) Start(tx *store.Tx, workspaceID, contactID string, meta ClientMeta) (NewSession, error) {
	c, err := tx.Contacts().ByID(workspaceID, contactID)
	if err != nil {
		return NewSession{}, err
	}
	if c.AccessRevokedAt != nil {
		return NewSession{}, errRevoked
	}
	now := s.now()
	if meta.OldSession != "" {
		if old, err := tx.Sessions().Live(workspaceID, secure.Hash(meta.OldSession), now); err == nil {
			_ = tx.Sessions().Revoke(workspaceID, old.ID, now)
		}
	}
	joined, err := tx.Contacts().MarkLoggedIn(workspaceID, contactID, now)
	if err != nil {
		return NewSession{}, err
	}
	if joined {
		if err := joinedEffects(tx, c); err != nil {
			return NewSession{}, err
		}
	}
	token := secure.NewToken("")
	sess := model.Session{ID: uuid.NewString(), WorkspaceID: workspaceID, ContactID: contactID, TokenHash: secure.Hash(token),
		CreatedAt: now, LastSeenAt: now, ExpiresAt: now.Add(s.SessionMax), IP: meta.IP, UserAgent: truncate(meta.UserAgent, 300)}
	return NewSession{Session: sess, Token: token, Contact: c}, tx.Sessions().Create(&sess)
}

func joinedEffects(tx *store.Tx, c model.Contact) error {
	if err := tx.Workspaces().AddCounts(c.WorkspaceID, 0, 1); err != nil {
		return err
	}
	return events.Emit(tx, c.WorkspaceID, model.EventContactJoined, map[string]any{"contact_id": c.ID, "name": c.Name, "email": c.Email})
}

// truncate keeps at most n characters (never cutting one in half).
func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}
