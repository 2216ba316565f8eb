package ui

import (
	"net/http"
	"strconv"
	"time"

	"clientportal/app/internal/desk"
)

// LiveView is the answer to a wait for a change: the new version, banner and notices.
type LiveView struct {
	Version int64
	Status  StatusView
	Notices []desk.Notice
}

// liveWait is how long a request for the live state waits for a change
// before it answers "nothing new" and is asked again.
const liveWait = 25 * time.Second

// waitLive answers the page's request for the app's live state (in-process,
// no network) as soon as something changes: the new version's element, the
// status banner and the notices, with an HX-Trigger that refreshes the open
// lists. When nothing changes for liveWait it answers the same element, which
// asks again; nothing runs while the app is idle.
func (h *Handler) waitLive(w http.ResponseWriter, r *http.Request) {
	seen, _ := strconv.ParseInt(r.FormValue("v"), 10, 64)
	st := h.app.Live.Wait(r.Context(), seen, h.liveWait)
	w.Header().Set("Cache-Control", "no-store")
	if st.Version == seen {
		h.partial(w, r, "_poller", seen)
		return
	}
	trigger(w, "portal-changed")
	h.partial(w, r, "_live", LiveView{Version: st.Version, Status: h.statusView(r), Notices: h.app.Live.NoticesAfter(seen)})
}
