package portal

import (
	"fmt"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/web/httpx"

	"github.com/gofiber/fiber/v2"
)

// dashboardDocuments is how many documents the dashboard lists; the
// documents page lists them all.
const dashboardDocuments = 10

// DashboardPage is the signed-in client's start page.
type DashboardPage struct {
	Layout
	Me        httpx.ClientView
	Avatar    Avatar
	Glance    DashboardGlance
	Documents []DocumentRow
	LiveSrc   string // the fragment that refreshes the documents
	Today     Moment // today in the client's zone, written in their language
}

// showDashboard greets the client with their picture, the quick actions to
// each app with its count, and the documents sent to them.
func (s *Server) showDashboard(c *fiber.Ctx) error {
	httpx.NoStore(c)
	ct := currentClient(c)
	docs, err := s.documentsForClient(c, dashboardDocuments)
	if err != nil {
		return fmt.Errorf("dashboard documents: %w", err)
	}
	actions, err := s.quickActions(c)
	if err != nil {
		return err
	}
	me := httpx.ClientViewOf(ct)
	return page(c, pageDashboard, DashboardPage{
		Layout: s.appLayout(c, s.lz(c).T("common.nav.dashboard"), "/dashboard"), Me: me, Avatar: s.avatarOf(c, me, ct.AvatarSHA256),
		Glance: DashboardGlance{Summary: summaryOf(s.lz(c), docs), Actions: actions}, Documents: docs, LiveSrc: "/dashboard/documents",
		Today: s.moment(c, s.Clock.Now(), ct.TimeZone),
	})
}

// summaryOf is the one line under the greeting that says what to do next.
func summaryOf(z *i18n.Localizer, docs []DocumentRow) string {
	n := 0
	for _, d := range docs {
		if d.NeedsSignature {
			n++
		}
	}
	if n == 0 {
		return z.T("dashboard.caught_up")
	}
	return z.N("dashboard.waiting", n)
}
