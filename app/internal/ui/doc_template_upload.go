package ui

import (
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// uploadDocTemplate uploads a PDF as a template with its roles and their
// orders; each role gets a signature block on the last page.
func (h *Handler) uploadDocTemplate(w http.ResponseWriter, r *http.Request) {
	in, err := readNewTemplate(r)
	if err != nil {
		h.message(w, r, "error", err.Error())
		return
	}
	t, err := h.app.UploadDocumentTemplate(r.Context(), in)
	if err != nil {
		h.message(w, r, "error", "Could not upload the template: "+desk.UserMessage(err))
		return
	}
	trigger(w, "templates-changed")
	var roles []string
	for _, role := range (DocTemplateRow{t}).RoleList() {
		roles = append(roles, fmt.Sprintf("%s (turn %d)", role.Name, role.Order))
	}
	h.message(w, r, "ok", "Uploaded the template "+t.Title+" for "+strings.Join(roles, ", ")+".")
}

// readNewTemplate parses the form: file, title, roles and orders as lists
// separated by commas.
func readNewTemplate(r *http.Request) (api.NewDocumentTemplate, error) {
	if err := r.ParseMultipartForm(maxUpload); err != nil {
		return api.NewDocumentTemplate{}, fmt.Errorf("Choose a PDF of at most 25 MB.")
	}
	f, hdr, err := r.FormFile("file")
	if err != nil {
		return api.NewDocumentTemplate{}, fmt.Errorf("Choose the PDF of the template.")
	}
	defer f.Close()
	pdf, err := io.ReadAll(io.LimitReader(f, maxUpload))
	if err != nil {
		return api.NewDocumentTemplate{}, fmt.Errorf("Could not read the file.")
	}
	in := api.NewDocumentTemplate{Title: strings.TrimSpace(r.FormValue("title")), Roles: splitList(r.FormValue("roles")), FileName: hdr.Filename, PDF: pdf}
	if in.Title == "" {
		in.Title = strings.TrimSuffix(hdr.Filename, ".pdf")
	}
	if len(in.Roles) == 0 {
		return api.NewDocumentTemplate{}, fmt.Errorf("Name the roles who sign, like Client, Guarantor.")
	}
	for _, o := range splitList(r.FormValue("orders")) {
		n, err := strconv.Atoi(o)
		if err != nil || n < 1 {
			return api.NewDocumentTemplate{}, fmt.Errorf("Turns: %q is not a number of 1 or more.", o)
		}
		in.Orders = append(in.Orders, n)
	}
	return in, nil
}

// splitList splits a comma-separated list, dropping blanks.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
