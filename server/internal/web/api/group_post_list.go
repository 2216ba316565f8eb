package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// listGroupPosts answers GET /api/v1/groups/:id/posts?cursor=.
func (s *Server) listGroupPosts(c *fiber.Ctx) error {
	ws := workspaceID(c)
	page, err := s.Groups.Feed(c.UserContext(), ws, "", c.Params("id"), c.Query("cursor"))
	if err != nil {
		return err
	}
	name := ownerWorkspaceName(s, c)
	out := api.PostList{Posts: make([]api.Post, 0, len(page.Posts)), NextCursor: page.Next}
	for _, v := range page.Posts {
		out.Posts = append(out.Posts, postJSON(v, name))
	}
	return c.JSON(out)
}
