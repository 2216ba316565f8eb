package web

import (
	"github.com/gofiber/fiber/v2"
)

// ProfilePage is the client's profile: password and sessions.
type ProfilePage struct {
	Layout
	Client        ClientView
	Notice, Error string
}

// showProfile shows the client's profile.
func (s *Server) showProfile(c *fiber.Ctx) error {
	noStore(c)
	return page(c, "portal/pages/profile", ProfilePage{Layout: s.clientLayout(c, "Profile", "/profile"), Client: clientView(currentClient(c))})
}

// setPassword saves an optional password for the client.
func (s *Server) setPassword(c *fiber.Ctx) error {
	ct := currentClient(c)
	p := ProfilePage{Layout: s.clientLayout(c, "Profile", "/profile"), Client: clientView(ct)}
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
