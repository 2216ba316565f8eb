package ui

import "net/http"

// ConnectForm is the connect page's form and its errors.
type ConnectForm struct {
	Server      string
	Token       string
	Email       string // for signing in with email and password instead of a token
	Workspace   string
	Errors      map[string]string
	SecretsHome string
	// CSRF lets the form post work without htmx (a plain POST, never a GET).
	CSRF string
}

// showConnect shows the connect form and the saved accounts.
func (h *Handler) showConnect(w http.ResponseWriter, r *http.Request) {
	form := ConnectForm{Server: "http://localhost:8080", SecretsHome: h.app.Accounts.Secrets().Where(), CSRF: h.csrf}
	h.page(w, r, "connect", h.newPage(r, "Connect", "connect", form))
}
