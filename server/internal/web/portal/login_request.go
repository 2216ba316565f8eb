package portal

import (
	"context"
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
)

// loginRequest is what differs between asking for a login link and asking
// for a login code by text.
// i18n: auth.too_many_links auth.too_many_codes
type loginRequest struct {
	tooMany string                                               // message key of the 429 past the limit
	send    func(ctx context.Context, workspaceID, email string) // sends the link or the code, if the email is a client's
	sent    func(email string) error                             // renders the page that says where to look
}

// answerLoginRequest is the flow both login requests share: the form again
// with its error when the email is missing or too long (422), a 429 past 5
// requests for one address in 15 minutes (links and codes share the limit),
// else the same answer whether or not the email belongs to a client.
func (s *Server) answerLoginRequest(c *fiber.Ctx, r loginRequest) error {
	w, _ := currentWorkspace(c)
	email := c.FormValue("email")
	if email == "" || len(email) > 254 {
		c.Status(fiber.StatusUnprocessableEntity)
		return page(c, pageLogin, LoginPage{Layout: s.layout(c, s.lz(c).T("auth.log_in")), Error: s.lz(c).T("auth.enter_email")})
	}
	if !s.AllowEmail(c, w.ID, email, 5, 15*time.Minute) {
		return apperr.New(apperr.RateLimited, "%s", s.lz(c).T(r.tooMany))
	}
	r.send(c.UserContext(), w.ID, email)
	return r.sent(email)
}
