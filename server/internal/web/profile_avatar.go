package web

import (
	"fmt"
	"io"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
)

// uploadAvatar makes the uploaded picture the client's profile picture; a
// refused file re-renders the profile with the reason and stores nothing.
func (s *Server) uploadAvatar(c *fiber.Ctx) error {
	ct := currentClient(c)
	data, err := formFile(c, "picture")
	if err == nil {
		ct.AvatarSHA256, err = s.Profiles.SetAvatar(c.UserContext(), ct.WorkspaceID, ct.ID, data)
	}
	if err != nil {
		return s.profileProblem(c, err)
	}
	return s.renderProfile(c, ct, "Your new picture is saved. It shows on your dashboard and wherever you appear.")
}

// removeAvatar goes back to showing the client's initials.
func (s *Server) removeAvatar(c *fiber.Ctx) error {
	ct := currentClient(c)
	if err := s.Profiles.RemoveAvatar(c.UserContext(), ct.WorkspaceID, ct.ID); err != nil {
		return err
	}
	ct.AvatarSHA256 = ""
	return s.renderProfile(c, ct, "Your picture is removed; your initials show instead.")
}

// formFile reads one uploaded file of a multipart form.
func formFile(c *fiber.Ctx, field string) ([]byte, error) {
	fh, err := c.FormFile(field)
	if err != nil {
		return nil, apperr.New(apperr.Invalid, "Choose a picture to upload.")
	}
	f, err := fh.Open()
	if err != nil {
		return nil, fmt.Errorf("open upload: %w", err)
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, 64<<20))
}
