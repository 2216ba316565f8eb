package web

import (
	"errors"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/groups"
)

// createPost answers POST /groups/:id/posts (multipart: body, image). A
// refused post re-renders the feed with the reason and what was written.
func (s *Server) createPost(c *fiber.Ctx) error {
	ct := currentClient(c)
	groupID := c.Params("id")
	in := groups.NewPost{Body: c.FormValue("body")}
	var err error
	if fh, ferr := c.FormFile("image"); ferr == nil && fh.Size > 0 {
		in.Image, err = documentFile(c, "image", int64(groups.ImageRules.MaxBytes))
	}
	if err == nil {
		_, err = s.Groups.Post(c.UserContext(), ct.WorkspaceID, ct.ID, groupID, in)
	}
	if err != nil {
		return s.postProblem(c, err, in.Body)
	}
	return c.Redirect("/groups/"+groupID, fiber.StatusSeeOther)
}

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
	p.Error, p.Body = e.Message, body
	status, _ := classify(err)
	c.Status(status)
	return page(c, "portal/pages/group", p)
}

// createComment answers POST /groups/:id/posts/:postID/comments.
func (s *Server) createComment(c *fiber.Ctx) error {
	ct := currentClient(c)
	groupID, postID := c.Params("id"), c.Params("postID")
	if _, err := s.Groups.Comment(c.UserContext(), ct.WorkspaceID, ct.ID, groupID, postID, c.FormValue("body")); err != nil {
		return s.postProblem(c, err, "")
	}
	return s.answerPost(c, groupID, postID)
}

// toggleLike answers POST /groups/:id/posts/:postID/like.
func (s *Server) toggleLike(c *fiber.Ctx) error {
	ct := currentClient(c)
	groupID, postID := c.Params("id"), c.Params("postID")
	if _, err := s.Groups.ToggleLike(c.UserContext(), ct.WorkspaceID, ct.ID, groupID, postID); err != nil {
		return s.postProblem(c, err, "")
	}
	return s.answerPost(c, groupID, postID)
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
	noStore(c)
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	return c.Render("portal/partials/_post", postCard(v, s.layout(c, "").Brand.Name, csrfToken(c), m.MutedAt == nil))
}

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
