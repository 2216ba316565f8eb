package web

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
)

// ProfilePage is the client's profile: picture, password and sessions.
type ProfilePage struct {
	Layout
	Me                        ClientView
	Avatar                    Avatar
	AvatarRules               string
	Notice, Error, PictureErr string
}

func (s *Server) profilePage(c *fiber.Ctx, ct model.Contact) ProfilePage {
	me := clientView(ct)
	return ProfilePage{Layout: s.appLayout(c, "Profile", "/profile"), Me: me, Avatar: avatarOf(me, ct.AvatarSHA256), AvatarRules: avatarRules}
}

// showProfile shows the client's profile.
func (s *Server) showProfile(c *fiber.Ctx) error {
	noStore(c)
	return page(c, "portal/pages/profile", s.profilePage(c, currentClient(c)))
}

// renderProfile shows the profile after a change, with a notice.
func (s *Server) renderProfile(c *fiber.Ctx, ct model.Contact, notice string) error {
	p := s.profilePage(c, ct)
	p.Notice = notice
	return page(c, "portal/pages/profile", p)
}

// profileProblem shows the profile again with why a picture was refused.
func (s *Server) profileProblem(c *fiber.Ctx, err error) error {
	status, e := classify(err)
	if status >= 500 {
		return err
	}
	p := s.profilePage(c, currentClient(c))
	p.PictureErr = e.Message
	c.Status(status)
	return page(c, "portal/pages/profile", p)
}

// setPassword saves an optional password for the client.
func (s *Server) setPassword(c *fiber.Ctx) error {
	ct := currentClient(c)
	p := s.profilePage(c, ct)
	if err := s.Access.SetPassword(c.UserContext(), ct.WorkspaceID, ct.ID, c.FormValue("password")); err != nil {
		status, e := classify(err)
		if status >= 500 {
			return err
		}
		c.Status(status)
		p.Error = e.Fields["password"]
		return page(c, "portal/pages/profile", p)
	}
	p.Notice = "Password saved. You can now log in with it, or keep using login links."
	return page(c, "portal/pages/profile", p)
}

// logout ends this browser's session.
func (s *Server) logout(c *fiber.Ctx) error {
	sess := currentSession(c)
	if err := s.Access.Logout(c.UserContext(), sess.WorkspaceID, sess.ID); err != nil {
		return err
	}
	s.clearSession(c)
	return c.Redirect("/login", fiber.StatusSeeOther)
}

// logoutEverywhere ends every session of the client.
func (s *Server) logoutEverywhere(c *fiber.Ctx) error {
	ct := currentClient(c)
	if err := s.Access.LogoutEverywhere(c.UserContext(), ct.WorkspaceID, ct.ID); err != nil {
		return err
	}
	s.clearSession(c)
	return c.Redirect("/login", fiber.StatusSeeOther)
}
