package ui

import (
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// DocBatchView is a bulk send's progress with each contact's name.
type DocBatchView struct {
	api.DocumentBatch
	Names map[string]string
	Error string
}

// Finished counts the documents sent or failed.
func (b DocBatchView) Finished() int { return b.Sent + b.Failed }

// Done says no document of the batch waits any more.
func (b DocBatchView) Done() bool { return b.Error == "" && b.Finished() >= b.Total }

// Name is how a contact of the batch is shown.
func (b DocBatchView) Name(contactID string) string {
	if n, ok := b.Names[contactID]; ok {
		return n
	}
	return contactID
}

// showDocBatch renders a bulk send's progress (polled while it runs).
func (h *Handler) showDocBatch(w http.ResponseWriter, r *http.Request) {
	h.renderBatch(w, r, r.PathValue("id"))
}

func (h *Handler) renderBatch(w http.ResponseWriter, r *http.Request, id string) {
	b, err := h.app.DocumentBatch(r.Context(), id)
	v := DocBatchView{DocumentBatch: b, Names: map[string]string{}}
	v.ID = id
	if err != nil {
		v.Error = "Could not load the bulk send: " + desk.UserMessage(err)
	}
	if cs, _, err := h.app.Contacts(r.Context(), api.ContactQuery{Limit: 200}); err == nil {
		for _, c := range cs.Contacts {
			v.Names[c.ID] = c.Email
			if c.Name != "" {
				v.Names[c.ID] = c.Name + " — " + c.Email
			}
		}
	}
	if v.Done() {
		trigger(w, "portal-changed")
	}
	h.partial(w, r, "_doc_batch", v)
}
