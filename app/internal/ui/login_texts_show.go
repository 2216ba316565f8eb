package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
)

// showLoginTexts renders a batch of login texts, re-read until every text
// has left (the provider's delivery reports then move it on).
func (h *Handler) showLoginTexts(w http.ResponseWriter, r *http.Request) {
	v := TextBatchView{BatchID: r.PathValue("batch")}
	var err error
	if v.Batch, err = h.app.LoginTextBatch(r.Context(), v.BatchID); err != nil {
		v.Error = desk.UserMessage(err)
	}
	h.partial(w, r, "_text_batch_state", v)
}
