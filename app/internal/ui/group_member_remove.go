package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
)

// removeGroupMember ends a contact's membership of the group.
func (h *Handler) removeGroupMember(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	msg := Message{Kind: "ok", Text: "Member removed."}
	if err := h.app.RemoveGroupMember(r.Context(), id, r.PathValue("contact")); err != nil {
		msg = Message{Kind: "error", Text: "Not removed: " + desk.UserMessage(err)}
	}
	h.groupAnswer(w, r, id, msg)
}
