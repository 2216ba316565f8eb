package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
)

// pinGroupPost pins a post on top of the feed (pinned=true) or unpins it.
func (h *Handler) pinGroupPost(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	pinned := r.FormValue("pinned") == "true"
	msg := Message{Kind: "ok", Text: "Post pinned."}
	if !pinned {
		msg.Text = "Post unpinned."
	}
	if err := h.app.PinGroupPost(r.Context(), id, r.PathValue("post"), pinned); err != nil {
		msg = Message{Kind: "error", Text: "Not changed: " + desk.UserMessage(err)}
	}
	h.feedAnswer(w, r, id, msg)
}
