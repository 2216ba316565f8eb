package ui

import (
	"fmt"
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// quickPickSize is how many matching contacts the dashboard's picker lists.
const quickPickSize = 8

// QuickPick is the dashboard picker's contacts: the chosen ones first, then
// those matching the search.
type QuickPick struct {
	Q        string
	Chosen   []desk.BulkTarget
	Contacts []ContactRow
	Error    string
}

// TypedEmail says the search box holds an email address, which Invite invites.
func (p QuickPick) TypedEmail() bool { return strings.Contains(p.Q, "@") }

// showQuickPick lists the contacts matching the quick actions' search,
// keeping the ones already ticked.
func (h *Handler) showQuickPick(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	p := QuickPick{Q: strings.TrimSpace(r.FormValue("q")), Chosen: chosenContacts(r)}
	l, _, err := h.app.Contacts(r.Context(), api.ContactQuery{Q: p.Q, Limit: quickPickSize + len(p.Chosen)})
	if err != nil {
		p.Error = "Could not search contacts: " + desk.UserMessage(err)
	}
	ticked := map[string]bool{}
	for _, c := range p.Chosen {
		ticked[c.ContactID] = true
	}
	for _, c := range l.Contacts {
		if !ticked[c.ID] && len(p.Contacts) < quickPickSize {
			p.Contacts = append(p.Contacts, ContactRow{c})
		}
	}
	h.partial(w, r, "_quick_pick", p)
}

// chosenContacts reads the ticked contacts of a form (contact_id, and email:ID beside each).
func chosenContacts(r *http.Request) []desk.BulkTarget {
	_ = r.ParseForm()
	var out []desk.BulkTarget
	for _, id := range r.Form["contact_id"] {
		out = append(out, desk.BulkTarget{ContactID: id, Email: r.Form.Get("email:" + id)})
	}
	return out
}

// quickInvite invites the ticked contacts, or the email typed in the search box.
func (h *Handler) quickInvite(w http.ResponseWriter, r *http.Request) {
	chosen := chosenContacts(r)
	typed := strings.TrimSpace(r.FormValue("q"))
	if len(chosen) == 0 {
		if !strings.Contains(typed, "@") {
			h.message(w, r, "error", "Tick the contacts to invite, or type the email address of someone new.")
			return
		}
		out, err := h.app.Invite(r.Context(), api.InviteRequest{Email: typed}, typed)
		h.actionResult(w, r, out, err, "Invitation sent to "+typed+".")
		return
	}
	var sent, queued []string
	for _, c := range chosen {
		out, err := h.app.Invite(r.Context(), api.InviteRequest{ContactID: c.ContactID}, c.Email)
		if err != nil {
			trigger(w, "portal-changed")
			h.message(w, r, "error", "Could not invite "+c.Email+": "+desk.UserMessage(err)+invitedSoFar(sent, queued))
			return
		}
		if out.Queued {
			queued = append(queued, c.Email)
		} else {
			sent = append(sent, c.Email)
		}
	}
	trigger(w, "portal-changed")
	if len(queued) > 0 {
		h.message(w, r, "queued", fmt.Sprintf("The server cannot be reached: invitations queued, %d waiting in the outbox.", len(queued))+invitedSoFar(sent, nil))
		return
	}
	h.message(w, r, "ok", "Invitation sent to "+strings.Join(sent, ", ")+".")
}

func invitedSoFar(sent, queued []string) string {
	s := ""
	if len(sent) > 0 {
		s += " Sent to " + strings.Join(sent, ", ") + "."
	}
	if len(queued) > 0 {
		s += " Queued for " + strings.Join(queued, ", ") + "."
	}
	return s
}

// quickMagicLink makes a login link for the one ticked contact.
func (h *Handler) quickMagicLink(w http.ResponseWriter, r *http.Request) {
	chosen := chosenContacts(r)
	if len(chosen) != 1 {
		h.message(w, r, "error", "Tick one contact to make a magic link for.")
		return
	}
	c := chosen[0]
	l, err := h.app.MagicLink(r.Context(), c.ContactID)
	if err != nil {
		msg := desk.UserMessage(err)
		if desk.Unreachable(err) {
			msg = "A magic link needs the server, which cannot be reached right now."
		}
		h.message(w, r, "error", msg)
		return
	}
	h.partial(w, r, "_magic_link", MagicLinkView{ContactID: c.ContactID, Email: c.Email, Link: l})
}

// quickLoginEmailUnjoined emails a login link to every contact who has not
// joined yet, after a confirmation that names how many.
func (h *Handler) quickLoginEmailUnjoined(w http.ResponseWriter, r *http.Request) {
	var targets []desk.BulkTarget
	for _, s := range []api.ContactStatus{api.StatusNotInvited, api.StatusInvited} {
		t, err := h.app.AllContacts(r.Context(), api.ContactQuery{Status: s})
		if err != nil {
			h.message(w, r, "error", desk.UserMessage(err))
			return
		}
		targets = append(targets, t...)
	}
	if len(targets) == 0 {
		h.message(w, r, "ok", "Everyone has joined: nobody is waiting for a login email.")
		return
	}
	if r.FormValue("confirmed") == "" {
		h.partial(w, r, "_bulk_confirm", BulkConfirm{Count: len(targets), Label: "who have not joined yet", Action: "/dashboard/login-emails/unjoined"})
		return
	}
	h.partial(w, r, "_bulk", bulkView(h.app.Bulk.LoginEmails(targets)))
}
