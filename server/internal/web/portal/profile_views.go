package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
	"clientportal/server/internal/profile"
)

// ProfilePage is the client's profile: picture, password and sessions.
type ProfilePage struct {
	Layout
	Me                        httpx.ClientView
	Avatar                    Avatar
	AvatarRules               string
	Notice, Error, PictureErr string
	Name, NameErr             string // the name as typed, and why it was refused
	Language, LanguageErr     string // the language chosen ("" is the browser's), and why one was refused
	Languages                 []i18n.Language
}

func (s *Server) profilePage(c *fiber.Ctx, ct model.Contact) ProfilePage {
	me := httpx.ClientViewOf(ct)
	z := s.lz(c)
	return ProfilePage{Layout: s.appLayout(c, z.T("common.nav.profile"), "/profile"), Me: me, Avatar: s.avatarOf(c, me, ct.AvatarSHA256),
		AvatarRules: z.T("profile.picture_rules", "MB", z.Number(int(profile.AvatarRules.MaxBytes>>20))),
		Name:        ct.Name, Language: ct.Language, Languages: i18n.Languages}
}

// profileProblem shows the profile again with why a picture was refused.
func (s *Server) profileProblem(c *fiber.Ctx, err error) error {
	status, _ := httpx.Classify(err)
	if status >= 500 {
		return err
	}
	p := s.profilePage(c, currentClient(c))
	p.PictureErr = s.clientMessage(c, err)
	c.Status(status)
	return page(c, pageProfile, p)
}
