package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
)

// textMagicLink texts one contact a fresh magic link.
func (h *Handler) textMagicLink(w http.ResponseWriter, r *http.Request) {
	phone := r.FormValue("phone")
	if _, err := h.app.TextMagicLink(r.Context(), r.PathValue("id")); err != nil {
		h.message(w, r, "error", desk.UserMessage(err))
		return
	}
	h.message(w, r, "ok", "Magic link texted to "+phone+".")
}
