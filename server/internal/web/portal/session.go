package portal

import (
	"net/url"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/sessions"
	"clientportal/server/internal/web/httpx"
)

const sessionCookie = "portal_session"

// requireClient lets only a signed-in client of this workspace through;
// others are sent to the login page.
func (s *Server) requireClient(c *fiber.Ctx) error {
	if _, ok := currentWorkspace(c); !ok {
		return fiber.ErrNotFound
	}
	if _, ok := s.liveSession(c); ok {
		return c.Next()
	}
	if err := sessionLookupFailed(c); err != nil {
		return err // the database could not say: 503, and the session lives on
	}
	if c.Method() == fiber.MethodGet && !isHTMX(c) {
		return c.Redirect("/login?next="+url.QueryEscape(c.OriginalURL()), fiber.StatusSeeOther)
	}
	return fiber.NewError(fiber.StatusUnauthorized, s.lz(c).T("common.error.session_ended"))
}

// liveSession is the request's signed-in session on this workspace, looked
// up once per request (the form-token check and requireClient both ask).
func (s *Server) liveSession(c *fiber.Ctx) (model.Session, bool) {
	if c.Locals("sessionLookedUp") == nil {
		c.Locals("sessionLookedUp", true)
		w, ok := currentWorkspace(c)
		if token := c.Cookies(sessionCookie); ok && token != "" {
			sess, ct, err := s.Sessions.For(c.UserContext(), w.ID, token)
			switch {
			case err == nil:
				c.Locals("session", sess)
				c.Locals("client", ct)
			case apperr.Is(err, apperr.Unavailable):
				c.Locals("sessionErr", err)
			}
		}
	}
	sess, ok := c.Locals("session").(model.Session)
	return sess, ok
}

// sessionLookupFailed is the error of a session look-up the database could
// not answer (nil when it answered, even "no session").
func sessionLookupFailed(c *fiber.Ctx) error {
	err, _ := c.Locals("sessionErr").(error)
	return err
}

// currentClient is the signed-in contact of the request.
func currentClient(c *fiber.Ctx) model.Contact {
	ct, _ := c.Locals("client").(model.Contact)
	return ct
}

func currentSession(c *fiber.Ctx) model.Session {
	s, _ := c.Locals("session").(model.Session)
	return s
}

// startSession sets the cookie of a new session and sends the client on.
func (s *Server) startSession(c *fiber.Ctx, ns sessions.NewSession, next string) error {
	c.Cookie(&fiber.Cookie{Name: sessionCookie, Value: ns.Token, Path: "/", Expires: ns.Session.ExpiresAt,
		HTTPOnly: true, Secure: s.Config.BaseURL.Scheme == "https", SameSite: fiber.CookieSameSiteLaxMode})
	return c.Redirect(safeNext(next), fiber.StatusSeeOther)
}

func (s *Server) clearSession(c *fiber.Ctx) {
	c.Cookie(&fiber.Cookie{Name: sessionCookie, Value: "", Path: "/", Expires: time.Unix(0, 0), MaxAge: -1,
		HTTPOnly: true, Secure: s.Config.BaseURL.Scheme == "https", SameSite: fiber.CookieSameSiteLaxMode})
}

// safeNext keeps redirects on this site.
func safeNext(next string) string {
	if next == "" || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\t\r\n") {
		return "/dashboard"
	}
	return next
}

func meta(c *fiber.Ctx) sessions.ClientMeta {
	return sessions.ClientMeta{IP: httpx.ClientIP(c), UserAgent: c.Get(fiber.HeaderUserAgent), OldSession: c.Cookies(sessionCookie)}
}

// clientLayout fills the layout of a signed-in page.
func (s *Server) clientLayout(c *fiber.Ctx, title, current string) Layout {
	l := s.layout(c, title)
	l.Client = true
	l.TimeZone = currentClient(c).TimeZone
	z := s.lz(c)
	for _, n := range []NavItem{{Label: z.T("common.nav.dashboard"), Href: "/dashboard"}, {Label: z.T("common.nav.profile"), Href: "/profile"}} {
		n.Current = n.Href == current
		l.Nav = append(l.Nav, n)
	}
	return l
}
