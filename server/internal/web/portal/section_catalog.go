package portal

import (
	"fmt"

	"clientportal/server/internal/model"
	"clientportal/server/internal/web/httpx"

	"github.com/gofiber/fiber/v2"
)

// Section is one app of the portal that the switcher and the dashboard's
// quick actions lead to.
type Section struct {
	Slug, Title, Icon string
	Lead              string // what the section is for, one sentence
	Empty             string // what will appear here, shown while it is empty
	countNone         string // the tile's line when the count is 0
	countOne          string // the tile's line for a count of 1, when it differs
	countSome         string // the tile's line for a count, with %d
}

// sections are the apps besides the dashboard and documents, in the order
// the quick actions show them.
var sections = []Section{
	{Slug: "courses", Title: "Courses", Icon: "courses", countNone: "None in progress", countSome: "%d in progress",
		Lead:  "Learn at your own pace with the courses %s enrols you in.",
		Empty: "No courses yet. When %s enrols you in a course, it appears here with your progress and the next lesson to take."},
	{Slug: "invoices", Title: "Invoices", Icon: "invoices", countNone: "Nothing to pay", countSome: "%d unpaid",
		Lead:  "Your invoices from %s, what is due and what is paid.",
		Empty: "No invoices yet. When %s bills you, each invoice appears here with its amount, its due date and a way to pay it online."},
	{Slug: "messages", Title: "Messages", Icon: "messages", countNone: "No unread messages", countSome: "%d unread",
		Lead:  "Your conversations with %s, in one place.",
		Empty: "No messages yet. When %s writes to you, the conversation appears here and you can reply from any device."},
	{Slug: "groups", Title: "Groups", Icon: "groups", countNone: "No new posts", countOne: "1 new post", countSome: "%d new posts",
		Lead:  "The community groups of %s you belong to.",
		Empty: "No groups yet. When %s adds you to a community group, its newest posts appear here."},
}

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
func (sec Section) status(n int, w model.Waiting) string {
	switch {
	case sec.Slug == "courses" && n > 0 && n == w.CoursesNotStarted:
		if n == 1 {
			return "Not started"
		}
		return fmt.Sprintf("%d not started", n)
	case sec.Slug == "courses" && w.CoursesNotStarted > 0 && n > w.CoursesNotStarted:
		return fmt.Sprintf("%d in progress · %d not started", n-w.CoursesNotStarted, w.CoursesNotStarted)
	case n == 0:
		return sec.countNone
	case n == 1 && sec.countOne != "":
		return sec.countOne
	}
	return fmt.Sprintf(sec.countSome, n)
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
	out := make([]QuickAction, 0, len(sections))
	for _, sec := range sections {
		n := 0
		if count, ok := sectionCounters[sec.Slug]; ok {
			n = count(waiting)
		}
		status := sec.status(n, waiting)
		out = append(out, QuickAction{Title: sec.Title, Href: "/" + sec.Slug, Icon: sec.Icon, Status: status, Count: n})
	}
	return out, nil
}

// appLayout is the layout of a signed-in page whose navigation entry is
// current; the top bar and side navigation list every app.
func (s *Server) appLayout(c *fiber.Ctx, title, current string) Layout {
	l := s.clientLayout(c, title, current)
	l.Nav = []NavItem{{Label: "Dashboard", Href: "/dashboard"}, {Label: "Documents", Href: "/documents"}}
	for _, sec := range sections {
		l.Nav = append(l.Nav, NavItem{Label: sec.Title, Href: "/" + sec.Slug})
	}
	l.Nav = append(l.Nav, NavItem{Label: "Profile", Href: "/profile"})
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

func avatarOf(v httpx.ClientView, sha string) Avatar {
	a := Avatar{Initials: v.Initials, Colour: httpx.ColourOf(v.Name), Alt: "Profile picture of " + v.Name}
	if sha != "" {
		a.URL = "/avatars/" + v.ID + "?v=" + sha[:12]
	}
	return a
}
