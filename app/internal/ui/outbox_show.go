package ui

import "net/http"

// OutboxView lists the latest queued actions and what became of them.
type OutboxView struct {
	Actions []OutboxRow
	Error   string
}

// showOutbox shows the outbox page.
func (h *Handler) showOutbox(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.page(w, r, "outbox", h.newPage(r, "Outbox", "outbox", h.outboxView(r)))
}

// showOutboxList renders the outbox list alone.
func (h *Handler) showOutboxList(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.partial(w, r, "_outbox_list", h.outboxView(r))
}

// retryOutbox replays the queued actions now.
func (h *Handler) retryOutbox(w http.ResponseWriter, r *http.Request) {
	if _, err := h.app.Replay(r.Context()); err != nil {
		v := h.outboxView(r)
		v.Error = "Still offline: " + err.Error()
		h.partial(w, r, "_outbox_list", v)
		return
	}
	h.partial(w, r, "_outbox_list", h.outboxView(r))
}

func (h *Handler) outboxView(r *http.Request) OutboxView {
	c, err := h.app.Current()
	if err != nil {
		return OutboxView{Error: err.Error()}
	}
	acts, err := h.app.DB.Recent(r.Context(), c.Account.ID, 200)
	if err != nil {
		return OutboxView{Error: err.Error()}
	}
	rows := make([]OutboxRow, len(acts))
	for i, a := range acts {
		rows[i] = OutboxRow{a}
	}
	return OutboxView{Actions: rows}
}
