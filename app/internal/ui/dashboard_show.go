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

// DashboardPage is the dashboard: the portal card, the quick actions and
// the recent activity.
type DashboardPage struct {
	Card     PortalCard
	Activity ActivityView
	// KeyringNote says why the owner token sits in a file, when it does.
	KeyringNote string
}

// ActivityView is the recent client activity, newest first.
type ActivityView struct {
	Items []desk.Activity
}

// showDashboard shows the counts, the portal URL, the quick actions, the
// recent activity and the adoption chart.
func (h *Handler) showDashboard(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	page := DashboardPage{Card: h.portalCard(r), Activity: ActivityView{Items: h.app.Activities(r.Context())}}
	if fb, ok := h.app.Accounts.Secrets().(interface{ FellBack() string }); ok && fb.FellBack() != "" {
		page.KeyringNote = "Your owner token is kept in " + h.app.Accounts.Secrets().Where() + "."
	}
	h.page(w, r, "dashboard", h.newPage(r, "Dashboard", "dashboard", page))
}

// showPortalCard renders the card alone (refreshed when something changes).
func (h *Handler) showPortalCard(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.partial(w, r, "_portal_card", h.portalCard(r))
}

// showActivity renders the recent activity alone (refreshed when something changes).
func (h *Handler) showActivity(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.partial(w, r, "_activity", ActivityView{Items: h.app.Activities(r.Context())})
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
