package ui

import (
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
)

// addDomain adds a custom domain and re-renders the portal card.
func (h *Handler) addDomain(w http.ResponseWriter, r *http.Request) {
	host := strings.TrimSpace(r.FormValue("host"))
	p, err := h.app.AddDomain(r.Context(), host)
	if err != nil {
		card := h.portalCard(r)
		card.Message = &Message{Kind: "error", Text: "Could not add " + host + ": " + desk.UserMessage(err)}
		h.partial(w, r, "_portal_card", card)
		return
	}
	h.partial(w, r, "_portal_card", PortalCard{Portal: p, Message: &Message{Kind: "ok", Text: "Added " + host + "."}})
}

// setPrimaryDomain makes the chosen domain the portal's address.
func (h *Handler) setPrimaryDomain(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	p, err := h.app.SetPrimaryDomain(r.Context(), host)
	if err != nil {
		card := h.portalCard(r)
		card.Message = &Message{Kind: "error", Text: "Could not use " + host + ": " + desk.UserMessage(err)}
		h.partial(w, r, "_portal_card", card)
		return
	}
	h.partial(w, r, "_portal_card", PortalCard{Portal: p, Message: &Message{Kind: "ok", Text: "The portal now answers on " + p.URL + "."}})
}
