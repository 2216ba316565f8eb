package portal

import (
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/i18n"
)

// Moment is a time as a page shows it: in the client's saved time zone (UTC
// until their browser reported one) and in the page's language for a reader
// without scripts, with the instant itself for the browser to show in the
// reader's own zone, and as "2 minutes ago" while it is recent
// (static/js/time.js, in the page's lang).
type Moment struct {
	At   time.Time
	Zone string          // an IANA zone, or empty for UTC
	Lz   *i18n.Localizer // the page's language; nil writes English
}

// moment is a time of the request's page, in its language.
func (s *Server) moment(c *fiber.Ctx, at time.Time, zone string) Moment {
	return Moment{At: at, Zone: zone, Lz: s.lz(c)}
}

// ISO is the instant for the datetime attribute.
func (m Moment) ISO() string { return m.At.UTC().Format(time.RFC3339) }

// local is the instant in the moment's zone (UTC when it has none).
func (m Moment) local() time.Time {
	if loc, err := time.LoadLocation(m.Zone); m.Zone != "" && err == nil {
		return m.At.In(loc)
	}
	return m.At.UTC()
}

// String is the instant as the page is sent with it.
func (m Moment) String() string {
	at := m.local()
	if m.Lz != nil {
		return m.Lz.DateTime(at)
	}
	return at.Format("2 Jan 2006, 15:04 MST")
}

// Day is the date alone, in the zone and language of the moment.
func (m Moment) Day() string {
	at := m.local()
	if m.Lz != nil {
		return m.Lz.Date(at)
	}
	return at.Format("2 January 2006")
}
