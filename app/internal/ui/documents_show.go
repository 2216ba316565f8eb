package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// DocumentsPage is the upload form and the list of documents.
type DocumentsPage struct {
	Signers []api.Contact
	List    DocumentsList
}

// DocumentsList is the documents with their live status.
type DocumentsList struct {
	Documents []api.Document
	Fresh     desk.Fresh
	Error     string
}

// showDocuments shows the documents page.
func (h *Handler) showDocuments(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	page := DocumentsPage{List: h.documentsList(r)}
	if l, _, err := h.app.Contacts(r.Context(), api.ContactQuery{Limit: 200}); err == nil {
		page.Signers = l.Contacts
	}
	h.page(w, r, "documents", h.newPage(r, "Documents", "documents", page))
}

// showDocumentsList renders the list alone (refreshed on every change).
func (h *Handler) showDocumentsList(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.partial(w, r, "_documents_list", h.documentsList(r))
}

func (h *Handler) documentsList(r *http.Request) DocumentsList {
	l, fresh, err := h.app.Documents(r.Context())
	out := DocumentsList{Documents: l.Documents, Fresh: fresh}
	if err != nil {
		out.Error = "Could not load documents: " + desk.UserMessage(err)
	}
	return out
}

// DocumentView is one document with its audit trail and actions.
type DocumentView struct {
	Doc     api.Document
	CanSave bool
	Message *Message
	// Queued says a send of this document waits in the outbox.
	Queued bool
}

// showDocument renders a document's detail: status, fields, audit, copies.
func (h *Handler) showDocument(w http.ResponseWriter, r *http.Request) {
	d, err := h.app.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		h.message(w, r, "error", "Could not load the document: "+desk.UserMessage(err))
		return
	}
	h.partial(w, r, "_document", DocumentView{Doc: d, CanSave: h.saver != nil})
}
