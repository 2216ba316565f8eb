package ui

import (
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// contactsPageSize is how many contacts one page of the table shows.
const contactsPageSize = 50

// ContactsTable is one page of the contacts table with its filters.
type ContactsTable struct {
	Q        string
	Status   string
	Cursor   string
	Contacts []ContactRow
	Next     string
	Fresh    desk.Fresh
	Error    string
}

// Statuses are the choices of the status filter.
func (t ContactsTable) Statuses() []StatusChoice {
	var out []StatusChoice
	for _, s := range []api.ContactStatus{api.StatusNotInvited, api.StatusInvited, api.StatusJoined} {
		out = append(out, StatusChoice{Value: string(s), Label: statusLabel(s), Selected: string(s) == t.Status})
	}
	return out
}

// showContacts shows the contacts page: invite form, filters, table.
func (h *Handler) showContacts(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.page(w, r, "contacts", h.newPage(r, "Contacts", "contacts", h.contactsTable(r)))
}

// showContactsTable renders the table alone (search, filter, paging, refresh).
func (h *Handler) showContactsTable(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.partial(w, r, "_contacts_table", h.contactsTable(r))
}

func (h *Handler) contactsTable(r *http.Request) ContactsTable {
	t := ContactsTable{Q: strings.TrimSpace(r.FormValue("q")), Status: r.FormValue("status"), Cursor: r.FormValue("cursor")}
	q := api.ContactQuery{Q: t.Q, Limit: contactsPageSize, Cursor: t.Cursor}
	if s := api.ContactStatus(t.Status); s.Valid() {
		q.Status = s
	}
	l, fresh, err := h.app.Contacts(r.Context(), q)
	t.Contacts, t.Next, t.Fresh = contactRows(l.Contacts), l.NextCursor, fresh
	if err != nil {
		t.Error = "Could not load contacts: " + desk.UserMessage(err)
	}
	return t
}
