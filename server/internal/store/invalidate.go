package store

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// The caches of look-ups (workspaces by host, sessions by token) must drop
// an entry the moment what it was read from changes, on every instance. So
// the repositories name what each write changes; after the commit the names
// reach this instance's subscribers at once and, on PostgreSQL, every other
// instance through NOTIFY portal_invalidate (sent inside the transaction,
// so it is delivered only if the change commits). A SQLite database has one
// server, so the local delivery is all there is.

// InvalidateAll is the name a subscriber gets when it may have missed
// changes (a listener reconnected): it must drop everything.
const InvalidateAll = "*"

// WorkspaceChanged names a change to a workspace's row, branding or domains.
func WorkspaceChanged(workspaceID string) string { return "workspace:" + workspaceID }

// ContactChanged names a change to a contact (access, name, …) that sessions carry.
func ContactChanged(workspaceID, contactID string) string {
	return "contact:" + workspaceID + "/" + contactID
}

// SessionChanged names a change to one session (it ended).
func SessionChanged(sessionID string) string { return "session:" + sessionID }

// ChangedWorkspace reads a WorkspaceChanged name.
func ChangedWorkspace(name string) (workspaceID string, ok bool) {
	return strings.CutPrefix(name, "workspace:")
}

// ChangedContact reads a ContactChanged name.
func ChangedContact(name string) (workspaceID, contactID string, ok bool) {
	rest, ok := strings.CutPrefix(name, "contact:")
	if !ok {
		return "", "", false
	}
	workspaceID, contactID, ok = strings.Cut(rest, "/")
	return workspaceID, contactID, ok
}

// ChangedSession reads a SessionChanged name.
func ChangedSession(name string) (sessionID string, ok bool) {
	return strings.CutPrefix(name, "session:")
}

const notifyChannel = "portal_invalidate"

// maxPayload keeps each NOTIFY under PostgreSQL's 8000-byte limit.
const maxPayload = 7000

func (t *Tx) invalidate(names ...string) { t.changed = append(t.changed, names...) }

// notifyChanged tells the other instances, inside the transaction.
func (t *Tx) notifyChanged() error {
	if t.dialect != "postgres" || len(t.changed) == 0 {
		return nil
	}
	for _, payload := range chunks(slices.Compact(slices.Sorted(slices.Values(t.changed))), maxPayload) {
		if err := t.db.Exec("SELECT pg_notify(?, ?)", notifyChannel, payload).Error; err != nil {
			return notFound(err, "notify the other instances")
		}
	}
	return nil
}

// chunks joins names with commas into payloads of at most max bytes.
func chunks(names []string, max int) []string {
	var out []string
	var b strings.Builder
	for _, n := range names {
		if b.Len() > 0 && b.Len()+1+len(n) > max {
			out = append(out, b.String())
			b.Reset()
		}
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(n)
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}

type invalidations struct {
	mu   sync.RWMutex
	subs []func(name string)
}

func (v *invalidations) publish(names []string) {
	if len(names) == 0 {
		return
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	for _, n := range names {
		for _, f := range v.subs {
			f(n)
		}
	}
}

// OnInvalidate registers f to hear the name of each change committed by
// any instance (WorkspaceChanged, ContactChanged, SessionChanged or
// InvalidateAll); f must be quick and must not call the store.
func (s *Store) OnInvalidate(f func(name string)) {
	s.invalidated.mu.Lock()
	defer s.invalidated.mu.Unlock()
	s.invalidated.subs = append(s.invalidated.subs, f)
}

// ListenInvalidations passes on the changes other instances commit
// (PostgreSQL), reconnecting until ctx ends; after a reconnect it tells
// the subscribers to drop everything, since changes may have gone unheard.
func (s *Store) ListenInvalidations(ctx context.Context, databaseURL string) {
	for first := true; ctx.Err() == nil; first = false {
		err := s.listenOnce(ctx, databaseURL, !first)
		if err != nil && ctx.Err() == nil {
			slog.Warn("cache listener reconnecting", "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(2 * time.Second):
			}
		}
	}
}

func (s *Store) listenOnce(ctx context.Context, databaseURL string, again bool) error {
	conn, err := pgx.Connect(ctx, databaseURL)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+notifyChannel); err != nil {
		return err
	}
	if again {
		s.invalidated.publish([]string{InvalidateAll})
	}
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		s.invalidated.publish(strings.Split(n.Payload, ","))
	}
}
