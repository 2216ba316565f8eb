package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// showTextSettings renders the text settings: the phone region, the hourly
// limit and the wording of the login text with its segment counter.
func (h *Handler) showTextSettings(w http.ResponseWriter, r *http.Request) {
	ts, err := h.app.TextSettings(r.Context())
	if err != nil {
		h.message(w, r, "error", desk.UserMessage(err))
		return
	}
	h.partial(w, r, "_text_settings", settingsView(ts, ""))
}

// settingsView shows ts with wording in the editor (the saved one when empty).
func settingsView(ts api.TextSettings, wording string) TextSettingsView {
	if wording == "" {
		wording = ts.Template
	}
	if wording == "" {
		wording = ts.DefaultTemplate
	}
	return TextSettingsView{TextSettings: ts, Wording: wording, Count: countWording(wording, ts.SampleValues)}
}
