package portal

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

// loginWithCode logs a client in with the code from a login email.
func (s *Server) loginWithCode(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	email := c.FormValue("email")
	if !s.AllowEmail(c, w.ID, "code:"+email, 10, 15*time.Minute) {
		return s.tooManyLogins(c)
	}
	ns, err := s.Links.LoginWithCode(c.UserContext(), w.ID, email, c.FormValue("code"), meta(c))
	if err != nil {
		return s.rerenderLogin(c, pageLoginCode, s.lz(c).T("auth.code_title"), email, err)
	}
	return s.startSession(c, ns, c.FormValue("next"))
}
