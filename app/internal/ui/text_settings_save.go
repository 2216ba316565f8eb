package ui

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// saveTextSettings stores the text settings; a refusal shows the form
// again with what was wrong.
func (h *Handler) saveTextSettings(w http.ResponseWriter, r *http.Request) {
	region, wording := strings.TrimSpace(r.FormValue("phone_region")), strings.TrimSpace(r.FormValue("template"))
	in := api.TextSettingsUpdate{PhoneRegion: &region, Template: &wording}
	limit, err := strconv.Atoi(strings.TrimSpace(r.FormValue("hourly_limit")))
	if err != nil {
		h.message(w, r, "error", "Enter the hourly limit as a number of texts.")
		return
	}
	in.HourlyLimit = &limit
	ts, err := h.app.SaveTextSettings(r.Context(), in)
	if err == nil {
		v := settingsView(ts, "")
		v.Saved = true
		h.partial(w, r, "_text_settings", v)
		return
	}
	current, cerr := h.app.TextSettings(r.Context())
	if cerr != nil {
		h.message(w, r, "error", desk.UserMessage(err))
		return
	}
	v := settingsView(current, wording)
	v.PhoneRegion, v.HourlyLimit, v.Error = region, limit, desk.UserMessage(err)
	var ae *api.Error
	if errors.As(err, &ae) {
		v.Fields = ae.Fields
	}
	h.partial(w, r, "_text_settings", v)
}
