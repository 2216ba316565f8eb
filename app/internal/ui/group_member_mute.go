package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
)

// muteGroupMember mutes a member (muted=true) or lifts the mute.
func (h *Handler) muteGroupMember(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	muted := r.FormValue("muted") == "true"
	msg := Message{Kind: "ok", Text: "Member muted: they can read the group but not post, comment or like."}
	if !muted {
		msg.Text = "Mute lifted."
	}
	if err := h.app.MuteGroupMember(r.Context(), id, r.PathValue("contact"), muted); err != nil {
		msg = Message{Kind: "error", Text: "Not changed: " + desk.UserMessage(err)}
	}
	h.groupAnswer(w, r, id, msg)
}
