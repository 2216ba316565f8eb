package ui

import (
	"regexp"

	"clientportal/shared/api"
	"clientportal/shared/sms"
)

// TextBatchView is a batch of login texts: who was texted, who skipped.
type TextBatchView struct {
	BatchID string
	Batch   api.LoginTextBatch
	Skipped []SkippedRow
	Error   string
}

// SkippedRow is a contact a batch did not text.
type SkippedRow struct{ api.SkippedContact }

// Handed says no contact's text is still waiting to reach the provider.
func (v TextBatchView) Handed() bool {
	return v.BatchID == "" || v.Batch.Queued == 0 && v.Batch.Total > 0
}

// Final says every text has its last state (delivered, failed or
// undelivered): no delivery report can change the view any more.
func (v TextBatchView) Final() bool { return v.Handed() && v.Batch.Sent == 0 }

// Label says in words why the contact was not texted.
func (s SkippedRow) Label() string {
	switch s.Reason {
	case "no_phone":
		return "no phone number"
	case "opted_out":
		return "replied STOP"
	case "access_revoked":
		return "access revoked"
	}
	return s.Reason
}

// TextSettingsView is the text settings form with its segment counter.
type TextSettingsView struct {
	api.TextSettings
	Wording string // what the form shows: the owner's template or the default
	Count   SegmentView
	Error   string
	Fields  map[string]string
	Saved   bool
}

// SegmentView is the segment count of a wording for the sample contact.
type SegmentView struct {
	sms.Count
	Sample string
}

// OverOne says the wording would be sent as more than one message.
func (s SegmentView) OverOne() bool { return s.Segments > 1 }

var customValue = regexp.MustCompile(`\{\{\s*([^{}]*?)\s*\}\}`)

// countWording counts the segments of a wording with the sample values.
func countWording(wording string, values map[string]string) SegmentView {
	sample := customValue.ReplaceAllStringFunc(wording, func(tok string) string { return values[customValue.FindStringSubmatch(tok)[1]] })
	return SegmentView{Count: sms.CountOf(sample), Sample: sample}
}
