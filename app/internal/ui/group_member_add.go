package ui

import (
	"fmt"
	"net/http"

	"clientportal/app/internal/desk"
)

// addGroupMembers makes the chosen contacts members of the group.
func (h *Handler) addGroupMembers(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	_ = r.ParseForm()
	ids := r.PostForm["contact_id"]
	var msg Message
	if len(ids) == 0 {
		msg = Message{Kind: "error", Text: "Choose the contacts to add."}
	} else if res, err := h.app.AddGroupMembers(r.Context(), id, ids); err != nil {
		msg = Message{Kind: "error", Text: "Not added: " + desk.UserMessage(err)}
	} else {
		msg = Message{Kind: "ok", Text: fmt.Sprintf("Added %d member(s).", res.Added)}
	}
	h.groupAnswer(w, r, id, msg)
}

// groupAnswer renders the group again with the result of an action.
func (h *Handler) groupAnswer(w http.ResponseWriter, r *http.Request, id string, msg Message) {
	if msg.Kind == "ok" {
		trigger(w, "portal-changed")
	}
	v := h.groupView(r, id)
	v.Message = &msg
	h.partial(w, r, "_group", v)
}
