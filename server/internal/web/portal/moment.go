package portal

import "time"

// Moment is a time as a page shows it: in the client's saved time zone (UTC
// until their browser reported one) for a reader without scripts, with the
// instant itself for the browser to show in the reader's own zone, and as
// "2 minutes ago" while it is recent (static/js/time.js).
type Moment struct {
	At   time.Time
	Zone string // an IANA zone, or empty for UTC
}

// ISO is the instant for the datetime attribute.
func (m Moment) ISO() string { return m.At.UTC().Format(time.RFC3339) }

// String is the instant as the page is sent with it.
func (m Moment) String() string {
	if loc, err := time.LoadLocation(m.Zone); m.Zone != "" && err == nil {
		return m.At.In(loc).Format("2 Jan 2006, 15:04 MST")
	}
	return m.At.UTC().Format("2 Jan 2006, 15:04 UTC")
}
