package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/groups"
	"clientportal/shared/api"
)

// createOwnerPost answers POST /api/v1/groups/:id/posts: a post by the workspace.
func (s *Server) createOwnerPost(c *fiber.Ctx) error {
	var in api.PostInput
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	p, err := s.Groups.Post(c.UserContext(), workspaceID(c), "", c.Params("id"), groups.NewPost{Body: in.Body})
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(postJSON(groups.PostView{Post: p}, ownerWorkspaceName(s, c)))
}
