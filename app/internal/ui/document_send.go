package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// sendDocument emails the signer the document (or again, for Resend) and
// answers the document's card as it is now: a sent document offers Resend,
// never Send, so a second click cannot email the signer a second time by
// mistake. Offline, the send is queued and the card says so.
func (h *Handler) sendDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	out, err := h.app.SendDocument(r.Context(), id, r.FormValue("title"))
	msg := &Message{Kind: "ok", Text: "Sent. The signer gets an email with a link to sign."}
	if r.FormValue("resend") != "" {
		msg.Text = "Sent again. The signer gets a new email with the link to sign."
	}
	view := DocumentView{CanSave: h.saver != nil, Message: msg}
	switch {
	case err != nil:
		view.Message = &Message{Kind: "error", Text: "Could not send: " + desk.UserMessage(err)}
	case out.Queued:
		view.Queued = true
		view.Message = &Message{Kind: "queued", Text: "The server cannot be reached: the send is queued in the outbox and goes out once, when the server is back."}
	}
	if err == nil {
		trigger(w, "portal-changed")
	}
	d, derr := h.app.Document(r.Context(), id)
	if derr != nil {
		// Offline the card cannot be fetched: answer the result alone, in the card's place.
		h.partial(w, r, "_document_pending", DocumentPending{ID: id, Title: r.FormValue("title"), Message: *view.Message})
		return
	}
	view.Doc = d
	h.partial(w, r, "_document", view)
}

// DocumentPending is a document card that could not be fetched, with the result of its send.
type DocumentPending struct {
	ID, Title string
	Message   Message
}

// CanSend says the document is a draft the owner may send.
func (v DocumentView) CanSend() bool { return v.Doc.Status == api.DocumentDraft && !v.Queued }

// CanResend says the document waits for its signer, so the email may go again.
func (v DocumentView) CanResend() bool {
	s := v.Doc.Status
	return (s == api.DocumentSent || s == api.DocumentViewed || s == api.DocumentPartiallySigned) && !v.Queued
}
