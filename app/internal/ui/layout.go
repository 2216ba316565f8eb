package ui

import (
	"errors"
	"net/http"

	"clientportal/app/internal/desk"
)

// newPage fills what the layout shows on every page.
func (h *Handler) newPage(r *http.Request, title, nav string, data any) Page {
	p := Page{Title: title, Nav: nav, Accounts: h.app.Accounts.List(), Data: data}
	if c, err := h.app.Current(); err == nil {
		p.Account = c.Account
		for _, a := range p.Accounts { // the saved copy follows renames
			if a.ID == c.Account.ID {
				p.Account = a
			}
		}
	}
	p.Status = h.statusView(r)
	return p
}

// statusView is the online/offline banner's data.
func (h *Handler) statusView(r *http.Request) StatusView {
	s := StatusView{Status: h.app.Live.Status()}
	c, err := h.app.Current()
	if err != nil {
		return s
	}
	s.Connected = true
	s.Pending, _ = h.app.DB.CountPending(r.Context(), c.Account.ID)
	return s
}

// connected shows the connect page when no account is active. A full page
// is rendered in place, not redirected to: the desktop window's scheme
// handler does not follow redirects.
func (h *Handler) connected(w http.ResponseWriter, r *http.Request) bool {
	if _, err := h.app.Current(); !errors.Is(err, desk.ErrNotConnected) {
		return true
	}
	if r.Header.Get("HX-Request") == "true" {
		redirect(w, r, "/connect/")
	} else {
		h.showConnect(w, r)
	}
	return false
}

// showHome opens the dashboard, or the connect page on first start.
func (h *Handler) showHome(w http.ResponseWriter, r *http.Request) {
	if h.connected(w, r) {
		h.showDashboard(w, r)
	}
}
