package ui

import (
	"errors"
	"html/template"
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// BrandingForm is the workspace's name and accent colour, with what the server said.
type BrandingForm struct {
	Name    string
	Accent  string
	Message *Message
	Errors  map[string]string
}

// LogoView is the logo form and, after an upload, the new logo.
type LogoView struct {
	DataURL template.URL
	SHA256  string
	Message *Message
}

// BrandingPage is the branding form and the logo upload.
type BrandingPage struct {
	Form BrandingForm
	Logo LogoView
}

// showBranding shows the workspace's name, accent colour and logo upload.
func (h *Handler) showBranding(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	var page BrandingPage
	p, fresh, err := h.app.Portal(r.Context())
	switch {
	case err != nil:
		page.Form.Message = &Message{Kind: "error", Text: "Could not load the branding: " + desk.UserMessage(err)}
	case fresh.Offline:
		page.Form.Message = &Message{Kind: "queued", Text: "Offline: these values are from " + fresh.SavedClock() + "; changes need the server."}
	}
	page.Form.Name, page.Form.Accent = p.Workspace.Name, p.Settings.AccentColor
	h.page(w, r, "branding", h.newPage(r, "Branding", "branding", page))
}

// fieldProblems splits an API error into a general message and per-field messages.
func fieldProblems(err error) (string, map[string]string) {
	var ae *api.Error
	if errors.As(err, &ae) && len(ae.Fields) > 0 {
		return ae.Message, ae.Fields
	}
	return desk.UserMessage(err), nil
}
