package portal

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

// loginWithPassword logs in a client who set a password.
func (s *Server) loginWithPassword(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	email := c.FormValue("email")
	if !s.AllowEmail(c, w.ID, "password:"+email, 10, 15*time.Minute) {
		return s.tooManyLogins(c)
	}
	ns, err := s.Sessions.LoginWithPassword(c.UserContext(), w.ID, email, c.FormValue("password"), meta(c))
	if err != nil {
		return s.rerenderLogin(c, pageLoginPassword, s.lz(c).T("auth.with_password"), email, err)
	}
	return s.startSession(c, ns, c.FormValue("next"))
}
