package portal

import (
	"github.com/gofiber/fiber/v2"
)

// createComment answers POST /groups/:id/posts/:postID/comments.
func (s *Server) createComment(c *fiber.Ctx) error {
	ct := currentClient(c)
	groupID, postID := c.Params("id"), c.Params("postID")
	if _, err := s.Groups.Comment(c.UserContext(), ct.WorkspaceID, ct.ID, groupID, postID, c.FormValue("body")); err != nil {
		return s.postProblem(c, err, "")
	}
	return s.answerPost(c, groupID, postID)
}
