package ui

import (
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
)

// createGroupPost posts in the group as the workspace and shows the feed.
func (h *Handler) createGroupPost(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	body := strings.TrimSpace(r.FormValue("body"))
	msg := Message{Kind: "ok", Text: "Posted."}
	if body == "" {
		msg = Message{Kind: "error", Text: "Write something to post."}
	} else if _, err := h.app.CreateGroupPost(r.Context(), id, body); err != nil {
		msg = Message{Kind: "error", Text: "Not posted: " + desk.UserMessage(err)}
	}
	h.feedAnswer(w, r, id, msg)
}

// feedAnswer renders the feed again with the result of an action.
func (h *Handler) feedAnswer(w http.ResponseWriter, r *http.Request, id string, msg Message) {
	if msg.Kind == "ok" {
		trigger(w, "portal-changed")
	}
	v := h.feedView(r, id)
	v.Message = &msg
	h.partial(w, r, "_group_feed", v)
}
