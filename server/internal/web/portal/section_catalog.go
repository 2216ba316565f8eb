package portal

import (
	"fmt"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
	"clientportal/server/internal/web/httpx"

	"github.com/gofiber/fiber/v2"
)

// Section is one app of the portal that the switcher and the dashboard's
// quick actions lead to. Its words are message ids: the lead and the empty
// state take the workspace's name as {{.Brand}}, the tile's lines a count.
type Section struct {
	Slug, Icon string
	Title      string // the message id of the app's name
	Lead       string // what the section is for, one sentence
	Empty      string // what will appear here, shown while it is empty
	countNone  string // the tile's line when the count is 0
	countSome  string // the tile's line for a count (plural)
}

// sections are the apps besides the dashboard and documents, in the order
// the quick actions show them.
var sections = []Section{
	{Slug: "courses", Title: "common.nav.courses", Icon: "courses", countNone: "dashboard.tile.courses_none", countSome: "dashboard.tile.courses_some",
		Lead: "dashboard.section.courses_lead", Empty: "dashboard.section.courses_empty"},
	{Slug: "invoices", Title: "common.nav.invoices", Icon: "invoices", countNone: "dashboard.tile.invoices_none", countSome: "dashboard.tile.invoices_some",
		Lead: "dashboard.section.invoices_lead", Empty: "dashboard.section.invoices_empty"},
	{Slug: "messages", Title: "common.nav.messages", Icon: "messages", countNone: "dashboard.tile.messages_none", countSome: "dashboard.tile.messages_some",
		Lead: "dashboard.section.messages_lead", Empty: "dashboard.section.messages_empty"},
	{Slug: "groups", Title: "common.nav.groups", Icon: "groups", countNone: "dashboard.tile.groups_none", countSome: "dashboard.tile.groups_some",
		Lead: "dashboard.section.groups_lead", Empty: "dashboard.section.groups_empty"},
}

// The ids above, for the check that every id a page uses is translated:
// i18n: common.nav.courses common.nav.invoices common.nav.messages common.nav.groups
// i18n: dashboard.tile.courses_none dashboard.tile.courses_some dashboard.tile.invoices_none dashboard.tile.invoices_some
// i18n: dashboard.tile.messages_none dashboard.tile.messages_some dashboard.tile.groups_none dashboard.tile.groups_some
// i18n: dashboard.section.courses_lead dashboard.section.courses_empty dashboard.section.invoices_lead dashboard.section.invoices_empty
// i18n: dashboard.section.messages_lead dashboard.section.messages_empty dashboard.section.groups_lead dashboard.section.groups_empty

// sectionCounters pick each section's badge count for the signed-in client
// from what waits for them. A section's feature registers its counter here;
// a section without one counts 0, which is the truth while it has nothing
// for the client.
var sectionCounters = map[string]func(w model.Waiting) int{
	"courses":  func(w model.Waiting) int { return w.CoursesInProgress },
	"groups":   func(w model.Waiting) int { return w.NewGroupPosts },
	"invoices": func(w model.Waiting) int { return w.UnpaidInvoices },
	"messages": func(w model.Waiting) int { return w.UnreadMessages },
}

// status is the tile's line for a count: courses granted but never opened
// say "Not started" rather than "in progress".
func (sec Section) status(z *i18n.Localizer, n int, w model.Waiting) string {
	switch {
	case sec.Slug == "courses" && n > 0 && n == w.CoursesNotStarted:
		if n == 1 {
			return z.T("dashboard.tile.course_not_started")
		}
		return z.N("dashboard.tile.courses_not_started", n)
	case sec.Slug == "courses" && w.CoursesNotStarted > 0 && n > w.CoursesNotStarted:
		return z.T("dashboard.tile.courses_mixed", "InProgress", z.N("dashboard.tile.courses_some", n-w.CoursesNotStarted),
			"NotStarted", z.N("dashboard.tile.courses_not_started", w.CoursesNotStarted))
	case n == 0:
		return z.T(sec.countNone)
	}
	return z.N(sec.countSome, n)
}

func sectionBySlug(slug string) (Section, bool) {
	for _, sec := range sections {
		if sec.Slug == slug {
			return sec, true
		}
	}
	return Section{}, false
}

// QuickAction is one tile of the dashboard.
type QuickAction struct {
	Title, Href, Icon, Status string
	Count                     int
}

// quickActions builds the dashboard's tiles with their live counts, all
// counted in one look-up.
func (s *Server) quickActions(c *fiber.Ctx) ([]QuickAction, error) {
	ct := currentClient(c)
	waiting, err := s.Contacts.Waiting(c.UserContext(), ct.WorkspaceID, ct.ID)
	if err != nil {
		return nil, fmt.Errorf("count what waits: %w", err)
	}
	z := s.lz(c)
	out := make([]QuickAction, 0, len(sections))
	for _, sec := range sections {
		n := 0
		if count, ok := sectionCounters[sec.Slug]; ok {
			n = count(waiting)
		}
		status := sec.status(z, n, waiting)
		out = append(out, QuickAction{Title: z.T(sec.Title), Href: "/" + sec.Slug, Icon: sec.Icon, Status: status, Count: n})
	}
	return out, nil
}

// appLayout is the layout of a signed-in page whose navigation entry is
// current; the top bar and side navigation list every app.
func (s *Server) appLayout(c *fiber.Ctx, title, current string) Layout {
	z := s.lz(c)
	l := s.clientLayout(c, title, current)
	l.Nav = []NavItem{{Label: z.T("common.nav.dashboard"), Href: "/dashboard"}, {Label: z.T("common.nav.documents"), Href: "/documents"}}
	for _, sec := range sections {
		l.Nav = append(l.Nav, NavItem{Label: z.T(sec.Title), Href: "/" + sec.Slug})
	}
	l.Nav = append(l.Nav, NavItem{Label: z.T("common.nav.profile"), Href: "/profile"})
	for i := range l.Nav {
		l.Nav[i].Current = l.Nav[i].Href == current
	}
	return l
}

// Avatar is how a page shows a person: their picture, or their initials on
// a colour that stays the same for the same name.
type Avatar struct {
	URL, Initials, Alt string
	Colour             int
}

func (s *Server) avatarOf(c *fiber.Ctx, v httpx.ClientView, sha string) Avatar {
	a := Avatar{Initials: v.Initials, Colour: httpx.ColourOf(v.Name), Alt: s.lz(c).T("profile.avatar_alt", "Name", v.Name)}
	if sha != "" {
		a.URL = "/avatars/" + v.ID + "?v=" + sha[:12]
	}
	return a
}
