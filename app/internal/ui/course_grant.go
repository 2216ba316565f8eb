package ui

import (
	"fmt"
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// grantCourse gives the chosen contacts, or every joined contact, access to the course.
func (h *Handler) grantCourse(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	_ = r.ParseForm()
	in := api.GrantInput{ContactIDs: r.PostForm["contact_id"], AllJoined: r.PostFormValue("all_joined") == "true"}
	var msg Message
	if len(in.ContactIDs) == 0 && !in.AllJoined {
		msg = Message{Kind: "error", Text: "Choose the contacts to grant the course to, or all joined clients."}
	} else if res, err := h.app.GrantCourse(r.Context(), id, in); err != nil {
		msg = Message{Kind: "error", Text: "Not granted: " + desk.UserMessage(err)}
	} else {
		msg = Message{Kind: "ok", Text: fmt.Sprintf("Access granted to %d new client(s).", res.Granted)}
		trigger(w, "portal-changed")
	}
	v := h.courseView(r, id)
	v.Message = &msg
	h.partial(w, r, "_course", v)
}
