package web

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/groups"
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

// pinGroupPost answers PUT (pin) and DELETE (unpin) /api/v1/groups/:id/posts/:postID/pin.
func (s *Server) pinGroupPost(c *fiber.Ctx) error {
	err := s.Groups.SetPinned(c.UserContext(), workspaceID(c), c.Params("id"), c.Params("postID"), c.Method() == fiber.MethodPut)
	if err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// removeGroupPost answers DELETE /api/v1/groups/:id/posts/:postID.
func (s *Server) removeGroupPost(c *fiber.Ctx) error {
	if err := s.Groups.RemovePost(c.UserContext(), workspaceID(c), c.Params("id"), c.Params("postID")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// removeGroupComment answers DELETE /api/v1/groups/:id/posts/:postID/comments/:commentID.
func (s *Server) removeGroupComment(c *fiber.Ctx) error {
	if err := s.Groups.RemoveComment(c.UserContext(), workspaceID(c), c.Params("id"), c.Params("postID"), c.Params("commentID")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// ownerWorkspaceName is the name the workspace's own posts carry.
func ownerWorkspaceName(s *Server, c *fiber.Ctx) string {
	w, err := s.Workspaces.Get(c.UserContext(), workspaceID(c))
	if err != nil {
		return "The team"
	}
	return w.Name
}
