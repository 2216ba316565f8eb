package ui

import (
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
)

// sendDocTemplate makes a document of the template with the contact chosen
// for each role and sends it; the answer is the document's card.
func (h *Handler) sendDocTemplate(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	roles, contacts := r.Form["role"], r.Form["contact"]
	signers := map[string]string{}
	for i, role := range roles {
		if i < len(contacts) && strings.TrimSpace(contacts[i]) != "" {
			signers[role] = contacts[i]
		}
	}
	d, err := h.app.SendDocumentTemplate(r.Context(), r.PathValue("id"), strings.TrimSpace(r.FormValue("title")), signers)
	if err != nil {
		h.message(w, r, "error", "Could not send: "+desk.UserMessage(err))
		return
	}
	trigger(w, "portal-changed")
	h.partial(w, r, "_document", DocumentView{Doc: d, CanSave: h.saver != nil,
		Message: &Message{Kind: "ok", Text: "Sent " + d.Title + ". The signers whose turn it is get an email with a link to sign."}})
}

// bulkSendDocTemplate queues a document of a one-role template for each
// chosen contact; the answer is the batch's progress, which refreshes
// itself until every document is sent or failed.
func (h *Handler) bulkSendDocTemplate(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	ids := r.Form["contact_ids"]
	if len(ids) == 0 {
		h.message(w, r, "error", "Choose the contacts to send the template to.")
		return
	}
	q, err := h.app.BulkSendDocumentTemplate(r.Context(), r.PathValue("id"), strings.TrimSpace(r.FormValue("title")), ids)
	if err != nil {
		h.message(w, r, "error", "Could not send: "+desk.UserMessage(err))
		return
	}
	h.renderBatch(w, r, q.BatchID)
}
