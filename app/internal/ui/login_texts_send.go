package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
)

// sendLoginTexts texts a login link to every selected contact with a phone.
func (h *Handler) sendLoginTexts(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		h.message(w, r, "error", "Could not read the selection.")
		return
	}
	ids := r.PostForm["contact_id"]
	if len(ids) == 0 {
		h.message(w, r, "error", "Select the contacts to text first.")
		return
	}
	out, err := h.app.LoginTexts(r.Context(), ids)
	if err != nil {
		h.message(w, r, "error", desk.UserMessage(err))
		return
	}
	v := TextBatchView{BatchID: out.BatchID}
	for _, sk := range out.Skipped {
		v.Skipped = append(v.Skipped, SkippedRow{sk})
	}
	if out.BatchID != "" {
		v.Batch, err = h.app.LoginTextBatch(r.Context(), out.BatchID)
		if err != nil {
			v.Error = desk.UserMessage(err)
		}
	}
	h.partial(w, r, "_text_batch", v)
}
