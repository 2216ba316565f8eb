package ui

import (
	"net/http"
)

// NavBadges are the counts the sidebar shows beside Inbox and Outbox.
type NavBadges struct {
	Unread  int
	Pending int
}

// showNavBadges renders the sidebar's badges (out of band), refreshed on
// every change. The unread count is the last inbox seen, so it costs no call
// to the server and stays while offline.
func (h *Handler) showNavBadges(w http.ResponseWriter, r *http.Request) {
	var b NavBadges
	if in, ok := h.app.LastInbox(r.Context()); ok {
		for _, t := range in.Threads {
			b.Unread += t.Unread
		}
	}
	b.Pending = h.statusView(r).Pending
	h.partial(w, r, "_nav_badges", b)
}
