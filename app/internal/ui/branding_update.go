package ui

import (
	"net/http"
	"strings"

	"clientportal/shared/api"
)

// updateBranding saves the workspace's name and accent colour.
func (h *Handler) updateBranding(w http.ResponseWriter, r *http.Request) {
	f := BrandingForm{Name: strings.TrimSpace(r.FormValue("name")), Accent: strings.TrimSpace(r.FormValue("accent_color"))}
	if f.Name == "" {
		f.Errors = map[string]string{"name": "Give the workspace a name."}
		h.partial(w, r, "_branding_form", f)
		return
	}
	p, err := h.app.UpdateSettings(r.Context(), api.PortalSettings{Name: &f.Name, AccentColor: &f.Accent})
	if err != nil {
		msg, fields := fieldProblems(err)
		f.Message, f.Errors = &Message{Kind: "error", Text: "Not saved: " + msg}, fields
		h.partial(w, r, "_branding_form", f)
		return
	}
	f.Name, f.Accent = p.Workspace.Name, p.Settings.AccentColor
	f.Message = &Message{Kind: "ok", Text: "Saved. Portal pages and emails now use the new name and colour."}
	trigger(w, "portal-changed")
	h.partial(w, r, "_branding_form", f)
}
