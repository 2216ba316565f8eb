package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// templateKinds are the emails whose wording the owner edits, in tab order.
var templateKinds = []TemplateKind{{"invitation", "Invitation"}, {"login", "Login email"}}

// TemplateKind is one editable email.
type TemplateKind struct {
	Kind, Label string
}

// TemplateEditor is one email's wording, its merge fields and the contacts to preview it for.
type TemplateEditor struct {
	Kind      string
	Kinds     []TemplateKind
	Language  string // the clients' language of this wording ("" until the server says)
	Languages []api.LanguageOption
	Subject   string
	Body      string
	Fields    []string
	Contacts  []api.Contact
	ContactID string
	Errors    map[string]string
	Message   *Message
}

// showEmailTemplates shows the invitation email's editor with tabs for the others.
func (h *Handler) showEmailTemplates(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.page(w, r, "email_templates", h.newPage(r, "Email templates", "templates", h.templateEditor(r, "invitation")))
}

// showEmailTemplateEditor renders one email's editor alone (a tab switch).
func (h *Handler) showEmailTemplateEditor(w http.ResponseWriter, r *http.Request) {
	h.partial(w, r, "_template_editor", h.templateEditor(r, r.PathValue("kind")))
}

// templateEditor loads the saved wording of kind and the contacts to preview it for.
func (h *Handler) templateEditor(r *http.Request, kind string) TemplateEditor {
	e := TemplateEditor{Kind: kind, Kinds: templateKinds, ContactID: r.FormValue("contact_id"), Language: r.FormValue("language"), Languages: api.Languages}
	t, err := h.app.EmailTemplateIn(r.Context(), kind, e.Language)
	if err != nil {
		e.Message = &Message{Kind: "error", Text: "Could not load the template: " + desk.UserMessage(err)}
		return e
	}
	e.Subject, e.Body, e.Fields, e.Language = t.Subject, t.Body, t.MergeFields, t.Language
	h.addPreviewContacts(r, &e)
	return e
}

// addPreviewContacts fills the contact picker, choosing the first contact by default.
func (h *Handler) addPreviewContacts(r *http.Request, e *TemplateEditor) {
	if l, _, err := h.app.Contacts(r.Context(), api.ContactQuery{Limit: 200}); err == nil {
		e.Contacts = l.Contacts
	}
	if e.ContactID == "" && len(e.Contacts) > 0 {
		e.ContactID = e.Contacts[0].ID
	}
}

// languageName is a language's name for itself, or its code when unknown.
func languageName(code string) string {
	for _, l := range api.Languages {
		if l.Code == code {
			return l.Name
		}
	}
	return code
}
