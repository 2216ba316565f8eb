package ui

import (
	"errors"
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// verifyDomain asks the server to check a domain's TXT record now and
// re-renders the portal card with what it found.
func (h *Handler) verifyDomain(w http.ResponseWriter, r *http.Request) {
	host := strings.TrimSpace(r.FormValue("host"))
	if host == "" {
		card := h.portalCard(r)
		card.Message = &Message{Kind: "error", Text: "Choose a domain to verify."}
		h.partial(w, r, "_portal_card", card)
		return
	}
	_, p, err := h.app.VerifyDomain(r.Context(), host)
	if err != nil {
		card := PortalCard{Portal: p}
		if p.URL == "" {
			card = h.portalCard(r)
		}
		card.Message = &Message{Kind: "error", Text: verifyFailure(host, err)}
		h.partial(w, r, "_portal_card", card)
		return
	}
	h.partial(w, r, "_portal_card", PortalCard{Portal: p, Message: &Message{Kind: "ok",
		Text: host + " is verified: the portal answers there and it can be the portal's domain."}})
}

// verifyFailure says why a domain is not verified: what the server's DNS
// resolver saw when the record is missing or wrong, else the server's reason.
func verifyFailure(host string, err error) string {
	var ae *api.Error
	if errors.As(err, &ae) && ae.Status == http.StatusUnprocessableEntity && ae.Fields["verification"] != "" {
		return host + " is not verified yet. The resolver saw: " + ae.Fields["verification"] +
			". Check the TXT record below (DNS changes can take a while to show), then press Verify again."
	}
	return "Could not verify " + host + ": " + desk.UserMessage(err)
}
