package ui

import (
	"errors"
	"log/slog"
	"net/http"

	"clientportal/app/internal/desk"
)

// submitConnect checks the server and token, saves them and opens the dashboard.
func (h *Handler) submitConnect(w http.ResponseWriter, r *http.Request) {
	// A refused connect keeps what the owner pasted, so a typo in the address costs no second paste.
	form := ConnectForm{Server: r.FormValue("server"), Token: r.FormValue("token"), SecretsHome: h.app.Accounts.Secrets().Where(), CSRF: h.csrf}
	var err error
	if r.FormValue("token") == "" && r.FormValue("email") != "" {
		form.Email, form.Workspace = r.FormValue("email"), r.FormValue("workspace")
		_, err = h.app.ConnectWithPassword(r.Context(), form.Server, form.Email, r.FormValue("password"), form.Workspace)
	} else {
		_, err = h.app.Connect(r.Context(), form.Server, r.FormValue("token"))
	}
	htmx := r.Header.Get("HX-Request") == "true"
	if err == nil {
		if !htmx { // a plain form post (no htmx): the window does not follow redirects
			h.showDashboard(w, r)
			return
		}
		redirect(w, r, "/dashboard/")
		return
	}
	var fe *desk.FieldError
	if errors.As(err, &fe) {
		form.Errors = map[string]string{fe.Field: fe.Message}
	} else {
		slog.Error("connect", "err", err)
		form.Errors = map[string]string{"server": "Could not connect: " + err.Error()}
	}
	w.WriteHeader(http.StatusUnprocessableEntity)
	if !htmx {
		h.page(w, r, "connect", h.newPage(r, "Connect", "connect", form))
		return
	}
	h.partial(w, r, "_connect_form", form)
}
