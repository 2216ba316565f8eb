package portal

import (
	"github.com/gofiber/fiber/v2"
)

// showPostImage answers /groups/:id/images/:sha for members of the group.
func (s *Server) showPostImage(c *fiber.Ctx) error {
	ct := currentClient(c)
	b, err := s.Groups.Image(c.UserContext(), ct.WorkspaceID, ct.ID, c.Params("id"), c.Params("sha"))
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, b.ContentType)
	c.Set(fiber.HeaderCacheControl, "private, max-age=86400")
	c.Set("X-Content-Type-Options", "nosniff")
	return c.Send(b.Data)
}
