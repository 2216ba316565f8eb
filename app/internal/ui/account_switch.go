package ui

import "net/http"

// switchAccount makes another saved server/workspace the active one.
func (h *Handler) switchAccount(w http.ResponseWriter, r *http.Request) {
	if err := h.app.Switch(r.PathValue("id")); err != nil {
		h.fail(w, r, err)
		return
	}
	redirect(w, r, "/dashboard/")
}

// disconnectAccount forgets a saved account and its token.
func (h *Handler) disconnectAccount(w http.ResponseWriter, r *http.Request) {
	if err := h.app.Disconnect(r.PathValue("id")); err != nil {
		h.fail(w, r, err)
		return
	}
	redirect(w, r, "/")
}
