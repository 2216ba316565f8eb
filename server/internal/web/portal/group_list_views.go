package portal

import (
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

// countNewGroupPosts is the dashboard tile's count: posts in the client's
// groups since they last looked.
func countNewGroupPosts(s *Server, c *fiber.Ctx) (int, error) {
	ct := currentClient(c)
	return s.Groups.NewPosts(c.UserContext(), ct.WorkspaceID, ct.ID)
}
