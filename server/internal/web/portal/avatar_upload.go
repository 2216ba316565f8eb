package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// uploadAvatar makes the uploaded picture the client's profile picture; a
// refused file re-renders the profile with the reason and stores nothing.
func (s *Server) uploadAvatar(c *fiber.Ctx) error {
	ct := currentClient(c)
	data, err := formFile(c, "picture")
	if err == nil && !s.AllowPicture(c, ct.WorkspaceID, ct.ID) {
		err = httpx.TooManyPictures
	}
	if err == nil {
		ct.AvatarSHA256, err = s.Profiles.SetAvatar(c.UserContext(), ct.WorkspaceID, ct.ID, data)
	}
	if err != nil {
		return s.profileProblem(c, err)
	}
	return profileSaved(c, "picture")
}
