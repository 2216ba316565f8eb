package desk

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"clientportal/shared/api"
)

// restartWatch (re)subscribes to the event stream of the active account.
func (a *App) restartWatch() {
	a.mu.Lock()
	if a.conn != nil && a.conn.stop != nil {
		a.conn.stop()
	}
	a.conn = nil
	parent := a.ctx
	a.mu.Unlock()
	a.Live.Changed("")
	if parent == nil {
		return // not started yet: Start calls this again
	}
	c, err := a.Current()
	if err != nil {
		return
	}
	ctx, cancel := context.WithCancel(parent)
	a.mu.Lock()
	c.stop = cancel
	a.mu.Unlock()
	a.wg.Add(1)
	go func() { defer a.wg.Done(); a.watch(ctx, c) }()
}

// watch follows the event stream, reconnecting with backoff until ctx ends.
func (a *App) watch(ctx context.Context, c *Conn) {
	var lastID int64
	wait := time.Second
	for ctx.Err() == nil {
		err := c.Client.StreamEvents(ctx, lastID, func() {
			wait = time.Second
			a.Live.SetStreaming(true)
			a.Live.SetOnline(true, "")
			a.Kick()
		}, func(e api.Event) {
			lastID = e.ID
			if e.Type == api.EventEmailSent || e.Type == api.EventEmailFailed {
				a.Bulk.Delivered()
			}
			if e.Type != api.EventEmailSent { // a sent email changes no list; a bulk card follows it
				text := noticeText(e)
				if act, ok := a.recordActivity(ctx, c, e); ok {
					text = act.Notice() // names the person and the thing
				}
				a.Live.Changed(text)
			}
		})
		a.Live.SetStreaming(false)
		if ctx.Err() != nil {
			return
		}
		slog.Info("event stream ended", "server", c.Account.ServerURL, "err", err)
		if Unreachable(err) {
			a.Live.SetOnline(false, UserMessage(err))
		}
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
		wait = min(wait*2, 10*time.Second)
	}
}

// noticeText says in words what an event means for the owner.
func noticeText(e api.Event) string {
	who := orSomeone(firstString(e.Data, "name", "email"))
	switch e.Type {
	case api.EventContactInvited:
		return "Invited " + who
	case api.EventContactJoined:
		return who + " joined the portal"
	case api.EventDocumentViewed, api.EventDocumentSigned, api.EventDocumentCompleted, api.EventDocumentDeclined:
		return "A document was " + strings.TrimPrefix(e.Type, "document.")
	case api.EventMessageCreated:
		if firstString(e.Data, "author") == api.AuthorClient {
			return "New message from " + who
		}
		return ""
	case api.EventGroupPostCreated:
		if firstString(e.Data, "author_contact_id") != "" {
			return "A client posted in a group"
		}
		return ""
	case api.EventEmailFailed:
		return fmt.Sprintf("An email to %s failed: %s", orSomeone(firstString(e.Data, "to")), firstString(e.Data, "error"))
	case api.EventDomainVerified, api.EventDomainUnverified:
		return domainNotice(e)
	}
	return ""
}

func firstString(m map[string]any, keys ...string) string {
	for _, k := range keys {
		if s, ok := m[k].(string); ok && s != "" {
			return s
		}
	}
	return ""
}

func orSomeone(s string) string {
	if s == "" {
		return "a contact"
	}
	return s
}
