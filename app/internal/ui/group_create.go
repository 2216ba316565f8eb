package ui

import (
	"net/http"
	"strings"

	"clientportal/shared/api"
)

// GroupForm is the new-group form with the server's refusals.
type GroupForm struct {
	Name, Description string
	Errors            map[string]string
	Message           *Message
}

// createGroup creates an empty group and opens it.
func (h *Handler) createGroup(w http.ResponseWriter, r *http.Request) {
	f := GroupForm{Name: strings.TrimSpace(r.FormValue("name")), Description: strings.TrimSpace(r.FormValue("description")), Errors: map[string]string{}}
	if f.Name == "" {
		f.Errors["name"] = "Give the group a name."
		h.partial(w, r, "_group_form", f)
		return
	}
	g, err := h.app.CreateGroup(r.Context(), api.GroupInput{Name: f.Name, Description: f.Description})
	if err != nil {
		msg, fields := fieldProblems(err)
		f.Message, f.Errors = &Message{Kind: "error", Text: "Not created: " + msg}, fields
		h.partial(w, r, "_group_form", f)
		return
	}
	trigger(w, "portal-changed")
	redirect(w, r, "/groups/?group="+g.ID)
}
