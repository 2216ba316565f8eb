package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
)

// countTextSegments answers the editor as the owner types: how many
// characters and messages the wording takes for the sample contact.
func (h *Handler) countTextSegments(w http.ResponseWriter, r *http.Request) {
	ts, err := h.app.TextSettings(r.Context())
	if err != nil {
		h.message(w, r, "error", desk.UserMessage(err))
		return
	}
	h.partial(w, r, "_text_segments", countWording(r.FormValue("template"), ts.SampleValues))
}
