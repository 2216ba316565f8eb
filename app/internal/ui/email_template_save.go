package ui

import (
	"net/http"

	"clientportal/shared/api"
)

// saveEmailTemplate stores the edited wording; refused merge fields show beside their field.
func (h *Handler) saveEmailTemplate(w http.ResponseWriter, r *http.Request) {
	kind := r.PathValue("kind")
	e := TemplateEditor{Kind: kind, Kinds: templateKinds, Subject: r.FormValue("subject"), Body: r.FormValue("body"), ContactID: r.FormValue("contact_id"),
		Language: r.FormValue("language"), Languages: api.Languages}
	t, err := h.app.SaveEmailTemplate(r.Context(), kind, api.EmailTemplate{Language: e.Language, Subject: e.Subject, Body: e.Body})
	if err != nil {
		msg, fields := fieldProblems(err)
		e.Message, e.Errors = &Message{Kind: "error", Text: "Not saved: " + msg}, fields
		if cur, lerr := h.app.EmailTemplateIn(r.Context(), kind, e.Language); lerr == nil {
			e.Fields = cur.MergeFields
		}
	} else {
		e.Subject, e.Body, e.Fields, e.Language = t.Subject, t.Body, t.MergeFields, t.Language
		e.Message = &Message{Kind: "ok", Text: "Saved. The next emails to clients in " + languageName(t.Language) + " use this wording."}
	}
	h.addPreviewContacts(r, &e)
	h.partial(w, r, "_template_editor", e)
}
