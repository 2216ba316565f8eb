package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// SigningKeyCard is the certificate that signs final copies, as the
// documents page shows it.
type SigningKeyCard struct {
	Key   api.SigningKey
	Error string
}

// showSigningKey renders the signing certificate card with its SHA-256
// fingerprint, which the owner can publish so that anyone can check a copy.
func (h *Handler) showSigningKey(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	k, err := h.app.SigningKey(r.Context())
	card := SigningKeyCard{Key: k}
	if err != nil {
		card.Error = "Could not load the signing certificate: " + desk.UserMessage(err)
	}
	h.partial(w, r, "_signing_key", card)
}
