package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showGroupFeed answers /groups/:id/feed: the feed alone, for the live refresh.
func (s *Server) showGroupFeed(c *fiber.Ctx) error {
	httpx.NoStore(c)
	ct := currentClient(c)
	_, m, err := s.Groups.Membership(c.UserContext(), ct.WorkspaceID, ct.ID, c.Params("id"))
	if err != nil {
		return err
	}
	feed, err := s.feedView(c, m.GroupID, m.MutedAt == nil)
	if err != nil {
		return err
	}
	if err := s.Groups.MarkSeen(c.UserContext(), ct.WorkspaceID, ct.ID, m.GroupID); err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	return partial(c, partialGroupFeed, feed)
}
