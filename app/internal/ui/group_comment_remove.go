package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
)

// removeGroupComment takes a comment away from a post.
func (h *Handler) removeGroupComment(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	msg := Message{Kind: "ok", Text: "Comment removed."}
	if err := h.app.RemoveGroupComment(r.Context(), id, r.PathValue("post"), r.PathValue("comment")); err != nil {
		msg = Message{Kind: "error", Text: "Not removed: " + desk.UserMessage(err)}
	}
	h.feedAnswer(w, r, id, msg)
}
