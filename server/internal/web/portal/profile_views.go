package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"

	"clientportal/server/internal/model"
)

// ProfilePage is the client's profile: picture, password and sessions.
type ProfilePage struct {
	Layout
	Me                        httpx.ClientView
	Avatar                    Avatar
	AvatarRules               string
	Notice, Error, PictureErr string
	Name, NameErr             string // the name as typed, and why it was refused
}

func (s *Server) profilePage(c *fiber.Ctx, ct model.Contact) ProfilePage {
	me := httpx.ClientViewOf(ct)
	return ProfilePage{Layout: s.appLayout(c, "Profile", "/profile"), Me: me, Avatar: avatarOf(me, ct.AvatarSHA256), AvatarRules: avatarRules,
		Name: ct.Name}
}

// profileProblem shows the profile again with why a picture was refused.
func (s *Server) profileProblem(c *fiber.Ctx, err error) error {
	status, e := httpx.Classify(err)
	if status >= 500 {
		return err
	}
	p := s.profilePage(c, currentClient(c))
	p.PictureErr = e.Message
	c.Status(status)
	return page(c, pageProfile, p)
}
