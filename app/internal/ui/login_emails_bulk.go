package ui

import (
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// BulkView is the progress of a bulk action.
type BulkView struct {
	ID      string
	Total   int
	Done    int
	Sent    int
	Outbox  int
	Failed  int
	Error   string
	Results []desk.BulkResult
}

// Finished says whether every contact has a result here (delivered, failed
// or queued in the outbox), or the job stopped.
func (b BulkView) Finished() bool { return b.Done+b.Outbox == b.Total || b.Error != "" }

// Queued says the job ended with contacts still waiting in the outbox: not done.
func (b BulkView) Queued() bool { return b.Finished() && b.Outbox > 0 && b.Error == "" }

// sendBulkLoginEmails starts a login email to every selected contact.
func (h *Handler) sendBulkLoginEmails(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		h.message(w, r, "error", "Could not read the selection.")
		return
	}
	ids := r.PostForm["contact_id"]
	if len(ids) == 0 {
		h.message(w, r, "error", "Select the contacts to email first.")
		return
	}
	targets := make([]desk.BulkTarget, len(ids))
	for i, id := range ids {
		targets[i] = desk.BulkTarget{ContactID: id, Email: r.PostForm.Get("email:" + id)}
	}
	job := h.app.Bulk.LoginEmails(targets)
	h.partial(w, r, "_bulk", bulkView(job))
}

// sendLoginEmailsToAll emails every contact matching the table's filters,
// across all its pages.
func (h *Handler) sendLoginEmailsToAll(w http.ResponseWriter, r *http.Request) {
	q := api.ContactQuery{Q: strings.TrimSpace(r.FormValue("q"))}
	if s := api.ContactStatus(r.FormValue("status")); s.Valid() {
		q.Status = s
	}
	targets, err := h.app.AllContacts(r.Context(), q)
	if err != nil {
		h.message(w, r, "error", desk.UserMessage(err))
		return
	}
	if len(targets) == 0 {
		h.message(w, r, "error", "No contacts match these filters.")
		return
	}
	if r.FormValue("confirmed") == "" {
		h.partial(w, r, "_bulk_confirm", BulkConfirm{Q: q.Q, Status: string(q.Status), Count: len(targets), Action: "/login-emails/all"})
		return
	}
	h.partial(w, r, "_bulk", bulkView(h.app.Bulk.LoginEmails(targets)))
}

// BulkConfirm asks before a bulk action reaches everyone, naming how many.
type BulkConfirm struct {
	Q, Status string
	Count     int
	// Label says who "all" is, when it is not the table's search.
	Label  string
	Action string
}

// showBulk renders a bulk action's progress (polled until it finishes).
func (h *Handler) showBulk(w http.ResponseWriter, r *http.Request) {
	job, ok := h.app.Bulk.Get(r.PathValue("id"))
	if !ok {
		h.message(w, r, "error", "This bulk action is no longer known (the app was restarted).")
		return
	}
	v := bulkView(job)
	if v.Finished() {
		trigger(w, "portal-changed")
	}
	h.partial(w, r, "_bulk", v)
}

func bulkView(job *desk.BulkJob) BulkView {
	res, jobErr := job.Snapshot()
	v := BulkView{ID: job.ID, Total: job.Total, Results: res, Error: jobErr}
	for _, r := range res {
		switch r.State {
		case desk.BulkSent:
			v.Sent++
		case desk.BulkOutbox:
			v.Outbox++
		case desk.BulkFailed:
			v.Failed++
		}
	}
	v.Done = v.Sent + v.Failed // a queued email is not done: it has not left the app
	return v
}
