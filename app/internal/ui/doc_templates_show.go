package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// DocTemplatesList is the workspace's document templates, each with its
// send and (for one role) bulk send forms over Contacts.
type DocTemplatesList struct {
	Templates []DocTemplateRow
	Contacts  []api.Contact
	Error     string
}

// DocTemplateRow is one template with its roles in signing order.
type DocTemplateRow struct {
	api.DocumentTemplate
}

// TemplateRole is a role with the number of its turn.
type TemplateRole struct {
	Index int
	Name  string
	Order int
}

// RoleList pairs each role with its order.
func (t DocTemplateRow) RoleList() []TemplateRole {
	out := make([]TemplateRole, len(t.Roles))
	for i, r := range t.Roles {
		out[i] = TemplateRole{Index: i, Name: r, Order: i + 1}
		if i < len(t.Orders) {
			out[i].Order = t.Orders[i]
		}
	}
	return out
}

// OneRole says the template can be bulk sent.
func (t DocTemplateRow) OneRole() bool { return len(t.Roles) == 1 }

// showDocTemplates shows the template upload form and the templates.
func (h *Handler) showDocTemplates(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.page(w, r, "doc_templates", h.newPage(r, "Templates", "doc-templates", h.docTemplatesList(r)))
}

// showDocTemplatesList renders the list alone (refreshed after an upload).
func (h *Handler) showDocTemplatesList(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.partial(w, r, "_doc_templates_list", h.docTemplatesList(r))
}

func (h *Handler) docTemplatesList(r *http.Request) DocTemplatesList {
	var out DocTemplatesList
	l, err := h.app.DocumentTemplates(r.Context())
	if err != nil {
		out.Error = "Could not load the templates: " + desk.UserMessage(err)
		return out
	}
	for _, t := range l.Templates {
		out.Templates = append(out.Templates, DocTemplateRow{t})
	}
	if cs, _, err := h.app.Contacts(r.Context(), api.ContactQuery{Limit: 200}); err == nil {
		out.Contacts = cs.Contacts
	}
	return out
}
