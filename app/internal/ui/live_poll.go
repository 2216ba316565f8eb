package ui

import (
	"net/http"
	"strconv"

	"clientportal/app/internal/desk"
)

// LiveView is the answer to a poll: the new version, banner and notices.
type LiveView struct {
	Version int64
	Status  StatusView
	Notices []desk.Notice
}

// pollLive answers the page's poll of the app's live state (in-process, no
// network): 204 when nothing changed, else the new poller, the status banner
// and the notices, with an HX-Trigger that refreshes the open lists.
func (h *Handler) pollLive(w http.ResponseWriter, r *http.Request) {
	seen, _ := strconv.ParseInt(r.FormValue("v"), 10, 64)
	st := h.app.Live.Status()
	if st.Version == seen {
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusNoContent)
		return
	}
	trigger(w, "portal-changed")
	h.partial(w, r, "_live", LiveView{Version: st.Version, Status: h.statusView(r), Notices: h.app.Live.NoticesAfter(seen)})
}
