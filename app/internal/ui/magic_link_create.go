package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// MagicLinkView is a fresh login link ready to copy or email.
type MagicLinkView struct {
	ContactID string
	Email     string
	Link      api.MagicLink
}

// createMagicLink makes a login link for a contact and shows it with its expiry.
func (h *Handler) createMagicLink(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	l, err := h.app.MagicLink(r.Context(), id)
	if err != nil {
		msg := desk.UserMessage(err)
		if desk.Unreachable(err) {
			msg = "A magic link needs the server, which cannot be reached right now."
		}
		h.message(w, r, "error", msg)
		return
	}
	h.partial(w, r, "_magic_link", MagicLinkView{ContactID: id, Email: r.FormValue("email"), Link: l})
}
