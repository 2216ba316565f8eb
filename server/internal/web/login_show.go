package web

import (
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
)

// LoginPage is the client login page and its variants.
type LoginPage struct {
	Layout
	Email, Error, Next string
}

// showLogin is the "email me a login link" page.
func (s *Server) showLogin(c *fiber.Ctx) error {
	return page(c, "portal/pages/login", LoginPage{Layout: s.layout(c, "Log in"), Next: c.Query("next")})
}

// requestLoginLink answers the login form the same way whether or not the
// email belongs to a client; floods of requests for one email get 429.
func (s *Server) requestLoginLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	email := c.FormValue("email")
	if email == "" || len(email) > 254 {
		c.Status(fiber.StatusUnprocessableEntity)
		return page(c, "portal/pages/login", LoginPage{Layout: s.layout(c, "Log in"), Error: "Enter your email address."})
	}
	if !s.allowEmail(c, w.ID, email, 5, 15*time.Minute) {
		return apperr.New(apperr.RateLimited, "We already sent several links to this address. Check your inbox, or wait 15 minutes and try again.")
	}
	s.Access.RequestLoginLink(c.UserContext(), w.ID, email)
	return page(c, "portal/pages/login_sent", LoginPage{Layout: s.layout(c, "Check your email"), Email: email})
}

// tooManyLogins answers a flood of login tries for one email address.
var tooManyLogins = apperr.New(apperr.RateLimited, "Too many tries for this email address. Wait 15 minutes, or ask for a new login link.")

// showLoginCode is the 6-digit code form.
func (s *Server) showLoginCode(c *fiber.Ctx) error {
	return page(c, "portal/pages/login_code", LoginPage{Layout: s.layout(c, "Enter your code"), Email: c.Query("email"), Next: c.Query("next")})
}

// loginWithCode logs a client in with the code from a login email.
func (s *Server) loginWithCode(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	email := c.FormValue("email")
	if !s.allowEmail(c, w.ID, "code:"+email, 10, 15*time.Minute) {
		return tooManyLogins
	}
	ns, err := s.Access.LoginWithCode(c.UserContext(), w.ID, email, c.FormValue("code"), meta(c))
	if err != nil {
		return s.rerenderLogin(c, "portal/pages/login_code", "Enter your code", email, err)
	}
	return s.startSession(c, ns, c.FormValue("next"))
}

// showLoginPassword is the password form.
func (s *Server) showLoginPassword(c *fiber.Ctx) error {
	return page(c, "portal/pages/login_password", LoginPage{Layout: s.layout(c, "Log in with a password"), Next: c.Query("next")})
}

// loginWithPassword logs in a client who set a password.
func (s *Server) loginWithPassword(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	email := c.FormValue("email")
	if !s.allowEmail(c, w.ID, "password:"+email, 10, 15*time.Minute) {
		return tooManyLogins
	}
	ns, err := s.Access.LoginWithPassword(c.UserContext(), w.ID, email, c.FormValue("password"), meta(c))
	if err != nil {
		return s.rerenderLogin(c, "portal/pages/login_password", "Log in with a password", email, err)
	}
	return s.startSession(c, ns, c.FormValue("next"))
}

// rerenderLogin shows a login form again with what went wrong.
func (s *Server) rerenderLogin(c *fiber.Ctx, name, title, email string, err error) error {
	status, e := classify(err)
	if status >= 500 {
		return err
	}
	msg := e.Message
	for _, why := range e.Fields {
		msg = why
	}
	c.Status(status)
	return page(c, name, LoginPage{Layout: s.layout(c, title), Email: email, Error: msg, Next: c.FormValue("next")})
}
