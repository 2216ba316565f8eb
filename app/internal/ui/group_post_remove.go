package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
)

// removeGroupPost takes a post out of the feed.
func (h *Handler) removeGroupPost(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	msg := Message{Kind: "ok", Text: "Post removed."}
	if err := h.app.RemoveGroupPost(r.Context(), id, r.PathValue("post")); err != nil {
		msg = Message{Kind: "error", Text: "Not removed: " + desk.UserMessage(err)}
	}
	h.feedAnswer(w, r, id, msg)
}
