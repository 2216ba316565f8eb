package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/groups"
	"clientportal/server/internal/web/httpx"
)

// createPost answers POST /groups/:id/posts (multipart: body, image). A
// refused post re-renders the feed with the reason and what was written.
func (s *Server) createPost(c *fiber.Ctx) error {
	ct := currentClient(c)
	groupID := c.Params("id")
	in := groups.NewPost{Body: c.FormValue("body")}
	var err error
	if fh, ferr := c.FormFile("image"); ferr == nil && fh.Size > 0 {
		in.Image, err = httpx.DocumentFile(c, "image", int64(groups.ImageRules.MaxBytes))
		if err == nil && !s.AllowPicture(c, ct.WorkspaceID, ct.ID) {
			err = httpx.TooManyPictures
		}
	}
	if err == nil {
		_, err = s.Groups.Post(c.UserContext(), ct.WorkspaceID, ct.ID, groupID, in)
	}
	if err != nil {
		return s.postProblem(c, err, in.Body)
	}
	return c.Redirect("/groups/"+groupID, fiber.StatusSeeOther)
}
