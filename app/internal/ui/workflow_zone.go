package ui

import (
	"net/http"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// ZoneForm is the workspace's time zone, which schedules run in.
type ZoneForm struct {
	Zone    string
	Message *Message
	Errors  map[string]string
}

// showWorkflowZone answers the time zone form alone.
func (h *Handler) showWorkflowZone(w http.ResponseWriter, r *http.Request) {
	f := ZoneForm{Errors: map[string]string{}}
	p, _, err := h.app.Portal(r.Context())
	if err != nil {
		f.Message = &Message{Kind: "error", Text: "Could not load the time zone: " + desk.UserMessage(err)}
	}
	f.Zone = p.Settings.TimeZone
	h.partial(w, r, "_workflow_zone", f)
}

// saveWorkflowZone sets the workspace's time zone; scheduled workflows
// move to it at once.
func (h *Handler) saveWorkflowZone(w http.ResponseWriter, r *http.Request) {
	f := ZoneForm{Zone: strings.TrimSpace(r.FormValue("time_zone")), Errors: map[string]string{}}
	p, err := h.app.UpdateSettings(r.Context(), api.PortalSettings{TimeZone: &f.Zone})
	if err != nil {
		msg, fields := fieldProblems(err)
		f.Message = &Message{Kind: "error", Text: "Not saved: " + msg}
		if fields != nil {
			f.Errors = fields
		}
		h.partial(w, r, "_workflow_zone", f)
		return
	}
	f.Zone = p.Settings.TimeZone
	where := f.Zone
	if where == "" {
		where = "UTC"
	}
	f.Message = &Message{Kind: "ok", Text: "Saved: schedules now run on " + where + " time."}
	h.partial(w, r, "_workflow_zone", f)
}
