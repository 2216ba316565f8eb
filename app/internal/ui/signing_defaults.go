package ui

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// SigningDefaultsForm is the workspace's default reminders and expiry of a
// sent document, as Go durations, with what the server said.
type SigningDefaultsForm struct {
	FirstAfter, Every, Max, ExpiresIn string
	Message                           *Message
	Errors                            map[string]string
}

// showSigningDefaults shows the settings page of reminders and expiry.
func (h *Handler) showSigningDefaults(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	o, err := h.app.SigningDefaults(r.Context())
	f := signingDefaultsForm(o)
	if err != nil {
		f.Message = &Message{Kind: "error", Text: "Could not load the signing defaults: " + desk.UserMessage(err)}
	}
	h.page(w, r, "signing", h.newPage(r, "Signing", "signing", f))
}

// saveSigningDefaults saves the four values; a refusal marks the field.
func (h *Handler) saveSigningDefaults(w http.ResponseWriter, r *http.Request) {
	f := SigningDefaultsForm{FirstAfter: strings.TrimSpace(r.FormValue("first_after")), Every: strings.TrimSpace(r.FormValue("every")),
		Max: strings.TrimSpace(r.FormValue("max")), ExpiresIn: strings.TrimSpace(r.FormValue("expires_in"))}
	max, err := strconv.Atoi(f.Max)
	if err != nil {
		f.Errors = map[string]string{"reminders.max": "Give a whole number of reminders, 0 for none."}
		h.partial(w, r, "_signing_defaults", f)
		return
	}
	o, err := h.app.UpdateSigningDefaults(r.Context(), api.DocumentSendOptions{ExpiresIn: f.ExpiresIn,
		Reminders: &api.ReminderPlan{FirstAfter: f.FirstAfter, Every: f.Every, Max: &max}})
	if err != nil {
		msg, fields := fieldProblems(err)
		f.Message, f.Errors = &Message{Kind: "error", Text: "Not saved: " + msg}, fields
		h.partial(w, r, "_signing_defaults", f)
		return
	}
	f = signingDefaultsForm(o)
	f.Message = &Message{Kind: "ok", Text: "Saved. Documents sent from now on use these reminders and expiry."}
	h.partial(w, r, "_signing_defaults", f)
}

func signingDefaultsForm(o api.DocumentSendOptions) SigningDefaultsForm {
	f := SigningDefaultsForm{ExpiresIn: shortDuration(o.ExpiresIn)}
	if o.Reminders != nil {
		f.FirstAfter, f.Every = shortDuration(o.Reminders.FirstAfter), shortDuration(o.Reminders.Every)
		if o.Reminders.Max != nil {
			f.Max = strconv.Itoa(*o.Reminders.Max)
		}
	}
	return f
}

// shortDuration writes a Go duration without its zero tail: "72h0m0s" → "72h".
func shortDuration(s string) string {
	if _, err := time.ParseDuration(s); err != nil {
		return s
	}
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// Days says a duration in days and hours for the hint beside its field.
func (SigningDefaultsForm) Days(s string) string {
	d, err := time.ParseDuration(s)
	if err != nil || d < 24*time.Hour {
		return ""
	}
	days, hours := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour)
	out := strconv.Itoa(days) + " day"
	if days != 1 {
		out += "s"
	}
	if hours > 0 {
		out += " " + strconv.Itoa(hours) + " h"
	}
	return "(" + out + ")"
}

// SigningField is one input of the form.
type SigningField struct {
	ID, Name, Label, Value, Hint, Error string
	Number                              bool
}

// Field describes the input of name ("first_after", "every", "max", "expires_in").
func (f SigningDefaultsForm) Field(name string) SigningField {
	switch name {
	case "first_after":
		return SigningField{ID: "sign-first-after", Name: name, Label: "First reminder after", Value: f.FirstAfter,
			Hint: "from the send " + f.Days(f.FirstAfter), Error: f.Errors["reminders.first_after"]}
	case "every":
		return SigningField{ID: "sign-every", Name: name, Label: "Then every", Value: f.Every,
			Hint: f.Days(f.Every), Error: f.Errors["reminders.every"]}
	case "max":
		return SigningField{ID: "sign-max", Name: name, Label: "At most", Value: f.Max, Number: true,
			Hint: "reminders (0 sends none)", Error: f.Errors["reminders.max"]}
	default:
		return SigningField{ID: "sign-expires-in", Name: name, Label: "Expires after", Value: f.ExpiresIn,
			Hint: "from the send " + f.Days(f.ExpiresIn), Error: f.Errors["expires_in"]}
	}
}
