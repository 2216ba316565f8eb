package ui

import (
	"errors"
	"net/http"

	"clientportal/app/internal/desk"
)

// submitConnect checks the server and token, saves them and opens the dashboard.
func (h *Handler) submitConnect(w http.ResponseWriter, r *http.Request) {
	form := ConnectForm{Server: r.FormValue("server"), SecretsHome: h.app.Accounts.Secrets().Where()}
	var err error
	if r.FormValue("token") == "" && r.FormValue("email") != "" {
		form.Email, form.Workspace = r.FormValue("email"), r.FormValue("workspace")
		_, err = h.app.ConnectWithPassword(r.Context(), form.Server, form.Email, r.FormValue("password"), form.Workspace)
	} else {
		_, err = h.app.Connect(r.Context(), form.Server, r.FormValue("token"))
	}
	if err == nil {
		redirect(w, r, "/dashboard/")
		return
	}
	var fe *desk.FieldError
	if !errors.As(err, &fe) {
		h.fail(w, r, err)
		return
	}
	form.Errors = map[string]string{fe.Field: fe.Message}
	w.WriteHeader(http.StatusUnprocessableEntity)
	h.partial(w, r, "_connect_form", form)
}
