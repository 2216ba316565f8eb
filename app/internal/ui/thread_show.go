package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// ThreadView is the conversation with one contact.
type ThreadView struct {
	ContactID string
	Contact   api.Contact
	Messages  []MessageRow
	Error     string
	Message   *Message
	CanSave   bool
	// Fresh says the conversation is the last copy seen, the server being unreachable.
	Fresh desk.Fresh
	// Waiting is the owner's replies still queued in the outbox.
	Waiting []desk.WaitingReply
}

// Name names the contact of the conversation.
func (t ThreadView) Name() string { return who(t.Contact) }

// showThread opens the conversation with a contact and marks it read.
func (h *Handler) showThread(w http.ResponseWriter, r *http.Request) {
	h.partial(w, r, "_thread", h.threadView(r, r.PathValue("contact")))
}

// showThreadMessages renders the messages alone (refreshed when one arrives).
func (h *Handler) showThreadMessages(w http.ResponseWriter, r *http.Request) {
	h.partial(w, r, "_thread_messages", h.threadView(r, r.PathValue("contact")))
}

// threadView loads a conversation; reading it marks the client's messages read.
func (h *Handler) threadView(r *http.Request, contactID string) ThreadView {
	v := ThreadView{ContactID: contactID}
	v.CanSave = h.saver != nil
	t, fresh, err := h.app.Thread(r.Context(), contactID)
	if err != nil {
		v.Error = "Could not load the conversation: " + desk.UserMessage(err)
		return v
	}
	v.Contact, v.Fresh = t.Contact, fresh
	v.Waiting = h.app.WaitingReplies(r.Context(), contactID)
	for _, m := range t.Messages {
		v.Messages = append(v.Messages, MessageRow{Message: m, Contact: t.Contact, Today: h.now()})
	}
	if t.Unread > 0 && !fresh.Offline { // the last copy seen offline marks nothing read
		if err := h.app.MarkMessagesRead(r.Context(), contactID); err != nil {
			v.Error = "Could not mark the messages read: " + desk.UserMessage(err)
		}
	}
	return v
}
