package web

import (
	"fmt"

	"github.com/gofiber/fiber/v2"
)

// GroupCard is one group in the member's list, with its new posts.
type GroupCard struct {
	ID, Name, Description, Href string
	NewPosts                    int
}

// GroupsPage lists the groups the client belongs to.
type GroupsPage struct {
	Layout
	Lead, Empty string
	Groups      []GroupCard
}

// showGroups answers /groups: the client's groups, each with a badge of
// the posts since they last looked.
func (s *Server) showGroups(c *fiber.Ctx) error {
	noStore(c)
	ct := currentClient(c)
	gs, err := s.Groups.ForMember(c.UserContext(), ct.WorkspaceID, ct.ID)
	if err != nil {
		return fmt.Errorf("groups page: %w", err)
	}
	sec, _ := sectionBySlug("groups")
	l := s.appLayout(c, "Groups", "/groups")
	p := GroupsPage{Layout: l, Lead: fmt.Sprintf(sec.Lead, l.Brand.Name), Empty: fmt.Sprintf(sec.Empty, l.Brand.Name)}
	for _, g := range gs {
		p.Groups = append(p.Groups, GroupCard{ID: g.ID, Name: g.Name, Description: g.Description, Href: "/groups/" + g.ID, NewPosts: g.NewPosts})
	}
	return page(c, "portal/pages/groups", p)
}

// countNewGroupPosts is the dashboard tile's count: posts in the client's
// groups since they last looked.
func countNewGroupPosts(s *Server, c *fiber.Ctx) (int, error) {
	ct := currentClient(c)
	return s.Groups.NewPosts(c.UserContext(), ct.WorkspaceID, ct.ID)
}
