package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
)

// publishCourse makes the course visible to the clients granted it.
func (h *Handler) publishCourse(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	_, err := h.app.PublishCourse(r.Context(), id)
	v := h.courseView(r, id)
	if err != nil {
		v.Message = &Message{Kind: "error", Text: "Not published: " + desk.UserMessage(err)}
	} else {
		v.Message = &Message{Kind: "ok", Text: "Published: the clients granted this course can open it."}
		trigger(w, "portal-changed")
	}
	h.partial(w, r, "_course", v)
}
