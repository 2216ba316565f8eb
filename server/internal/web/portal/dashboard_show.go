package portal

import (
	"fmt"

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
		Layout: s.appLayout(c, "Dashboard", "/dashboard"), Me: me, Avatar: avatarOf(me, ct.AvatarSHA256),
		Glance: DashboardGlance{Summary: summaryOf(docs), Actions: actions}, Documents: docs, LiveSrc: "/dashboard/documents",
	})
}

// summaryOf is the one line under the greeting that says what to do next.
func summaryOf(docs []DocumentRow) string {
	n := 0
	for _, d := range docs {
		if d.NeedsSignature {
			n++
		}
	}
	switch n {
	case 0:
		return "You are all caught up. New documents and messages appear here as soon as they arrive."
	case 1:
		return "1 document is waiting for your signature."
	}
	return fmt.Sprintf("%d documents are waiting for your signature.", n)
}
