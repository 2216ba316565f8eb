package documents

import (
	"fmt"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/jobs"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// The defaults of a sent document: the first reminder after 3 days, then
// every 2 days, at most 5; it expires after 30 days.
const (
	DefaultFirstReminder = 72 * time.Hour
	DefaultReminderEvery = 48 * time.Hour
	DefaultReminderMax   = 5
	DefaultExpiresIn     = 720 * time.Hour
	// MaxReminders caps how many reminders one document may send.
	MaxReminders = 50
)

// The job kinds of reminders and expiry.
const (
	JobRemind = "document.remind"
	JobExpire = "document.expire"
)

// SendOptions are the optional reminders and expiry of a send, as Go
// duration strings ("72h", "1s"); empty keeps the default.
type SendOptions struct {
	FirstAfter, Every string
	Max               *int
	ExpiresIn         string
}

// sendPlan is SendOptions checked.
type sendPlan struct {
	firstAfter, every, expiresIn time.Duration
	max                          int
}

// plan checks the options and fills in the defaults; a refusal names the
// field that is wrong.
func (o SendOptions) plan() (sendPlan, error) {
	return o.planFrom(builtInPlan)
}

// builtInPlan is the plan of a workspace whose owner never changed the defaults.
var builtInPlan = sendPlan{firstAfter: DefaultFirstReminder, every: DefaultReminderEvery, max: DefaultReminderMax, expiresIn: DefaultExpiresIn}

// planFrom checks the options and fills what they leave out from p.
func (o SendOptions) planFrom(p sendPlan) (sendPlan, error) {
	v := apperr.Validation{}
	for _, f := range []struct {
		name, raw string
		to        *time.Duration
	}{{"reminders.first_after", o.FirstAfter, &p.firstAfter}, {"reminders.every", o.Every, &p.every}, {"expires_in", o.ExpiresIn, &p.expiresIn}} {
		if why := parseDuration(f.raw, f.to); why != "" {
			v.Add(f.name, why)
		}
	}
	if o.Max != nil {
		p.max = *o.Max
		if p.max < 0 || p.max > MaxReminders {
			v.Add("reminders.max", fmt.Sprintf("Send between 0 and %d reminders.", MaxReminders))
		}
	}
	return p, v.Err()
}

// parseDuration reads a Go duration of at least one second into to; "" keeps it.
func parseDuration(raw string, to *time.Duration) string {
	if raw == "" {
		return ""
	}
	d, err := time.ParseDuration(raw)
	if err != nil {
		return fmt.Sprintf("%q is not a duration; use a Go duration like \"72h\", \"30m\" or \"1s\".", raw)
	}
	if d < time.Second {
		return fmt.Sprintf("%q is below 1s.", raw)
	}
	*to = d
	return ""
}

// ParseExpiresIn checks the expires_in of an extension.
func ParseExpiresIn(raw string) (time.Duration, error) {
	var d time.Duration
	if raw == "" {
		return 0, apperr.Validation{"expires_in": "Say how long the document stays signable, like \"168h\"."}.Err()
	}
	if why := parseDuration(raw, &d); why != "" {
		return 0, apperr.Validation{"expires_in": why}.Err()
	}
	return d, nil
}

// schedule saves the plan on a draft being sent and queues its first
// reminder and its expiry.
func (s *Service) schedule(tx *store.Tx, d *model.Document, p sendPlan) error {
	at := s.now().Add(p.expiresIn)
	set := map[string]any{"expires_at": at, "remind_first_after_s": int64(p.firstAfter / time.Second),
		"remind_every_s": int64(p.every / time.Second), "remind_max": p.max}
	if _, err := tx.Documents().Transition(d.WorkspaceID, d.ID, []string{d.Status}, set); err != nil {
		return err
	}
	d.ExpiresAt, d.RemindEveryS, d.RemindMax = &at, int64(p.every/time.Second), p.max
	if err := queueExpiry(tx, *d, at); err != nil {
		return err
	}
	if p.max == 0 {
		return nil
	}
	return queueReminder(tx, *d, 1, s.now().Add(p.firstAfter))
}

type remindPayload struct {
	DocumentID string `json:"document_id"`
	N          int    `json:"n"`
}

type expirePayload struct {
	DocumentID string `json:"document_id"`
	At         int64  `json:"at"`
}

// queueReminder queues reminder n of a document, once.
func queueReminder(tx *store.Tx, d model.Document, n int, at time.Time) error {
	j, err := jobs.NewJob(d.WorkspaceID, JobRemind, remindPayload{DocumentID: d.ID, N: n})
	if err != nil {
		return err
	}
	key := fmt.Sprintf("remind:%s:%d:%d", d.ID, n, at.Unix())
	j.UniqueKey, j.RunAt = &key, at
	return jobs.Enqueue(tx, j)
}

// queueExpiry queues the expiry of a document at at, once per expiry time.
func queueExpiry(tx *store.Tx, d model.Document, at time.Time) error {
	j, err := jobs.NewJob(d.WorkspaceID, JobExpire, expirePayload{DocumentID: d.ID, At: at.Unix()})
	if err != nil {
		return err
	}
	key := fmt.Sprintf("expire:%s:%d", d.ID, at.UnixNano())
	j.UniqueKey, j.RunAt = &key, at
	return jobs.Enqueue(tx, j)
}
