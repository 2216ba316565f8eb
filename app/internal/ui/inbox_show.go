package ui

import (
	"html/template"
	"net/http"
	"time"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// InboxList is the conversations across contacts, unread first, then newest.
type InboxList struct {
	Threads  []api.InboxThread
	Selected string
	Error    string
	// Fresh says the list is the last one seen, shown while offline.
	Fresh desk.Fresh
}

// InboxPage is the list of conversations and the open one, if any.
type InboxPage struct {
	List   InboxList
	Thread *ThreadView
}

// showInbox shows the inbox; ?contact= opens that conversation.
func (h *Handler) showInbox(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	page := InboxPage{List: h.inboxList(r)}
	if id := r.FormValue("contact"); id != "" {
		v := h.threadView(r, id)
		page.Thread = &v
	}
	h.page(w, r, "inbox", h.newPage(r, "Inbox", "inbox", page))
}

// showInboxList renders the list alone (refreshed when a message arrives).
func (h *Handler) showInboxList(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.partial(w, r, "_inbox_list", h.inboxList(r))
}

func (h *Handler) inboxList(r *http.Request) InboxList {
	in, fresh, err := h.app.Inbox(r.Context())
	l := InboxList{Threads: in.Threads, Selected: r.FormValue("contact"), Fresh: fresh}
	if err != nil {
		l.Error = "Could not load the inbox: " + desk.UserMessage(err)
	}
	return l
}

// who names a contact: the name, else the email.
func who(c api.Contact) string {
	if c.Name != "" {
		return c.Name
	}
	return c.Email
}

// when is a message time: the time of day if it is today, else the date.
func when(t, today time.Time) string {
	t = t.Local()
	if y, m, d := today.Date(); t.Year() == y && t.Month() == m && t.Day() == d {
		return t.Format("15:04")
	}
	return t.Format("2 Jan 2006")
}

// MessageRow is one message as the conversation shows it.
type MessageRow struct {
	api.Message
	Contact api.Contact
	Today   time.Time // the owner's local now, to tell today's messages apart
}

// FromOwner says the owner wrote the message.
func (m MessageRow) FromOwner() bool { return m.Author == api.AuthorOwner }

// Sender names who wrote the message.
func (m MessageRow) Sender() string {
	if m.FromOwner() {
		return "You"
	}
	return who(m.Contact)
}

// Sent is when the message was sent.
func (m MessageRow) Sent() string { return when(m.CreatedAt, m.Today) }

// Rendered is the message body: the server sends it as sanitised HTML.
func (m MessageRow) Rendered() template.HTML { return template.HTML(m.HTML) }
