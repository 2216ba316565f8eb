package ui

import (
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// extendDocument gives a waiting or expired document a week more to be signed.
func (h *Handler) extendDocument(w http.ResponseWriter, r *http.Request) {
	d, err := h.app.ExtendDocument(r.Context(), r.PathValue("id"), "168h")
	h.lifecycleAnswer(w, r, d, err, "Extended: it can be signed for another week.", "Could not extend: ")
}

// voidDocument ends a document that is not complete, with the owner's reason.
func (h *Handler) voidDocument(w http.ResponseWriter, r *http.Request) {
	d, err := h.app.VoidDocument(r.Context(), r.PathValue("id"), strings.TrimSpace(r.FormValue("reason")))
	h.lifecycleAnswer(w, r, d, err, "Voided. The signers have been told.", "Could not void: ")
}

func (h *Handler) lifecycleAnswer(w http.ResponseWriter, r *http.Request, d api.Document, err error, ok, failed string) {
	view := DocumentView{Doc: d, CanSave: h.saver != nil, Message: &Message{Kind: "ok", Text: ok}}
	if err != nil {
		view.Message = &Message{Kind: "error", Text: failed + desk.UserMessage(err)}
		if got, gerr := h.app.Document(r.Context(), r.PathValue("id")); gerr == nil {
			view.Doc = got
		}
	} else {
		trigger(w, "portal-changed")
	}
	h.partial(w, r, "_document", view)
}

// CanExtend says the document waits for signatures or expired.
func (v DocumentView) CanExtend() bool {
	s := v.Doc.Status
	return (s == api.DocumentSent || s == api.DocumentViewed || s == api.DocumentPartiallySigned || s == api.DocumentExpired) && !v.Queued
}

// CanVoid says the document may still be ended.
func (v DocumentView) CanVoid() bool {
	return v.CanExtend() || v.Doc.Status == api.DocumentDraft && !v.Queued
}
