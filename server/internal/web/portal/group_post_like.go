package portal

import (
	"github.com/gofiber/fiber/v2"
)

// toggleLike answers POST /groups/:id/posts/:postID/like.
func (s *Server) toggleLike(c *fiber.Ctx) error {
	ct := currentClient(c)
	groupID, postID := c.Params("id"), c.Params("postID")
	if _, err := s.Groups.ToggleLike(c.UserContext(), ct.WorkspaceID, ct.ID, groupID, postID); err != nil {
		return s.postProblem(c, err, "")
	}
	return s.answerPost(c, groupID, postID)
}
