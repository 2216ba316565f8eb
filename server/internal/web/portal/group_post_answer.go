package portal

import (
	"errors"
	"time"

	"clientportal/server/internal/web/httpx"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
)

// postProblem shows the feed again with a refusal the member can act on;
// not being a member stays a plain 404.
func (s *Server) postProblem(c *fiber.Ctx, err error, body string) error {
	e := apperr.As(err)
	if e.Kind == apperr.NotFound || e.Kind == apperr.Internal {
		return err
	}
	p, perr := s.groupPage(c)
	if perr != nil {
		return errors.Join(err, perr)
	}
	p.Error, p.Body = s.clientMessage(c, err), body
	status, _ := httpx.Classify(err)
	c.Status(status)
	return page(c, pageGroup, p)
}

// answerPost returns the changed post alone to htmx, else goes back to it.
func (s *Server) answerPost(c *fiber.Ctx, groupID, postID string) error {
	if !isHTMX(c) {
		return c.Redirect("/groups/"+groupID+"#post-"+postID, fiber.StatusSeeOther)
	}
	ct := currentClient(c)
	v, err := s.Groups.PostOf(c.UserContext(), ct.WorkspaceID, ct.ID, groupID, postID)
	if err != nil {
		return err
	}
	_, m, err := s.Groups.Membership(c.UserContext(), ct.WorkspaceID, ct.ID, groupID)
	if err != nil {
		return err
	}
	httpx.NoStore(c)
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	return partial(c, partialPost, postCard(v, s.layout(c, "").Brand.Name, csrfToken(c), m.MutedAt == nil, s.moment(c, time.Time{}, currentClient(c).TimeZone)))
}
