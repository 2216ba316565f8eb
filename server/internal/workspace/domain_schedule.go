package workspace

import (
	"time"

	"clientportal/server/internal/model"
)

// When a domain's DNS proof is checked again. An unverified claim is
// checked every pendingEvery for its first pendingFastFor, then every
// pendingSlowEvery until pendingFor has passed, then only when the owner
// presses Verify (which starts the week again). A verified domain is checked
// every verifiedEvery; once its record is missing it is checked every
// failingEvery, and when the record has stayed missing for lostAfter (every
// definite answer in between saying so) the domain is unverified. A resolver
// that does not answer, or answers SERVFAIL, proves nothing either way: it
// neither starts nor ends that period.
const (
	pendingEvery     = 10 * time.Minute
	pendingFastFor   = 24 * time.Hour
	pendingSlowEvery = 6 * time.Hour
	pendingFor       = 7 * 24 * time.Hour
	verifiedEvery    = 24 * time.Hour
	failingEvery     = time.Hour
	lostAfter        = 72 * time.Hour
)

// applyCheck records check c of d made at now and sets the next check.
func applyCheck(d *model.Domain, c check, now time.Time) {
	now = now.UTC().Truncate(time.Microsecond) // as both databases keep it
	d.CheckedAt = &now
	switch {
	case c.found && !c.taken:
		if d.VerifiedAt == nil {
			d.VerifiedAt = &now
		}
		d.FailingSince, d.CheckResult = nil, ""
		d.NextCheckAt = at(now.Add(verifiedEvery))
		return
	case c.definite:
		d.CheckResult = c.seen
		if d.FailingSince == nil {
			d.FailingSince = &now
		}
	default:
		d.CheckResult = c.seen
	}
	if d.VerifiedAt == nil {
		d.NextCheckAt = pendingNext(d, now)
		return
	}
	if c.definite && now.Sub(*d.FailingSince) >= lostAfter {
		d.VerifiedAt, d.FailingSince = nil, &now
		d.NextCheckAt = at(now.Add(pendingEvery))
		return
	}
	d.NextCheckAt = at(now.Add(failingEvery))
}

// pendingNext is when an unverified claim is checked again, nil when its
// automatic checks are over.
func pendingNext(d *model.Domain, now time.Time) *time.Time {
	since := now
	if d.FailingSince != nil {
		since = *d.FailingSince
	}
	switch age := now.Sub(since); {
	case age < pendingFastFor:
		return at(now.Add(pendingEvery))
	case age < pendingFor:
		return at(now.Add(pendingSlowEvery))
	}
	return nil
}

func at(t time.Time) *time.Time { return &t }
