package portal

import (
	"fmt"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showGroups answers /groups: the client's groups, each with a badge of
// the posts since they last looked.
func (s *Server) showGroups(c *fiber.Ctx) error {
	httpx.NoStore(c)
	ct := currentClient(c)
	gs, err := s.Groups.ForMember(c.UserContext(), ct.WorkspaceID, ct.ID)
	if err != nil {
		return fmt.Errorf("groups page: %w", err)
	}
	z := s.lz(c)
	l := s.appLayout(c, z.T("groups.title"), "/groups")
	p := GroupsPage{Layout: l, Lead: z.T("groups.lead", "Workspace", l.Brand.Name), Empty: z.T("groups.empty", "Workspace", l.Brand.Name)}
	for _, g := range gs {
		p.Groups = append(p.Groups, GroupCard{ID: g.ID, Name: g.Name, Description: g.Description, Href: "/groups/" + g.ID, NewPosts: g.NewPosts})
	}
	return page(c, pageGroups, p)
}
