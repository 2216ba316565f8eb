package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// PortalCard is the portal URL, the domain picker and the two counts.
type PortalCard struct {
	Portal  api.Portal
	Fresh   desk.Fresh
	Error   string
	Message *Message
}

// showDashboard shows the portal URL, domains, counts and the adoption chart.
func (h *Handler) showDashboard(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	card := h.portalCard(r)
	h.page(w, r, "dashboard", h.newPage(r, "Dashboard", "dashboard", card))
}

// showPortalCard renders the card alone (refreshed when something changes).
func (h *Handler) showPortalCard(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.partial(w, r, "_portal_card", h.portalCard(r))
}

func (h *Handler) portalCard(r *http.Request) PortalCard {
	p, fresh, err := h.app.Portal(r.Context())
	card := PortalCard{Portal: p, Fresh: fresh}
	if err != nil {
		card.Error = "Could not load the portal: " + desk.UserMessage(err)
	}
	return card
}

// chartDays is how many days the adoption chart shows.
const chartDays = 14

// showChart renders the invites-and-joins chart as SVG.
func (h *Handler) showChart(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	days, err := h.app.Adoption(r.Context(), chartDays)
	if err != nil {
		h.partial(w, r, "_chart", Chart{Error: "No chart: " + desk.UserMessage(err)})
		return
	}
	h.partial(w, r, "_chart", buildChart(days))
}
