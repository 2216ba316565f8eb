package ui

import (
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// inviteContact invites one contact of the table.
func (h *Handler) inviteContact(w http.ResponseWriter, r *http.Request) {
	out, err := h.app.Invite(r.Context(), api.InviteRequest{ContactID: r.PathValue("id")}, r.FormValue("email"))
	h.actionResult(w, r, out, err, "Invitation sent to "+out.Contact.Email+".")
}

// inviteByEmail invites someone by the email typed into the invite form.
func (h *Handler) inviteByEmail(w http.ResponseWriter, r *http.Request) {
	email := strings.TrimSpace(r.FormValue("email"))
	if !strings.Contains(email, "@") {
		h.message(w, r, "error", "Enter the email address of the person to invite.")
		return
	}
	out, err := h.app.Invite(r.Context(), api.InviteRequest{Email: email, Name: strings.TrimSpace(r.FormValue("name"))}, email)
	h.actionResult(w, r, out, err, "Invitation sent to "+email+".")
}

// sendLoginEmail emails one contact a fresh login link.
func (h *Handler) sendLoginEmail(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	out, err := h.app.LoginEmail(r.Context(), r.PathValue("id"), email)
	h.actionResult(w, r, out, err, "Login email sent to "+email+".")
}

// actionResult says what became of an action, and refreshes the lists when it changed data.
func (h *Handler) actionResult(w http.ResponseWriter, r *http.Request, out desk.Outcome, err error, done string) {
	switch {
	case err != nil:
		h.message(w, r, "error", desk.UserMessage(err))
	case out.Queued:
		trigger(w, "portal-changed")
		h.message(w, r, "queued", "The server cannot be reached: queued in the outbox, it will be sent when the server is back.")
	default:
		trigger(w, "portal-changed")
		h.message(w, r, "ok", done)
	}
}
