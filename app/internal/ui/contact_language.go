package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
)

// setContactLanguage saves the language a contact's portal, emails and
// texts use, chosen in the contacts table. Each row's select has its own
// name (the table is one form, and htmx sends all of it).
func (h *Handler) setContactLanguage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	c, err := h.app.SetContactLanguage(r.Context(), id, r.FormValue("language_"+id))
	if err != nil {
		h.message(w, r, "error", desk.UserMessage(err))
		return
	}
	name := "their browser's language"
	if c.Language != "" {
		name = languageName(c.Language)
	}
	h.message(w, r, "ok", c.Email+" now gets the portal and emails in "+name+".")
}
