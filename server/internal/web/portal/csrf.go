package portal

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/url"
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/secure"
)

// Form tokens are HMAC-SHA256(server key, "csrf:" + id) in base64url, where
// id is the signed-in client's session id or, for anyone not signed in, the
// id in the browser's pre-session cookie. Nothing is stored: a page view
// writes nothing, every instance with the same key agrees, a token is
// worthless with another session or browser, and login (a new session)
// gives a new token.
const (
	preSessionCookie = "portal_csrf" // "__Host-portal_csrf" over https
	// preSessionPrefix starts every pre-session id, so none can equal a
	// session id (a UUID) and no page can be made to sign a session's id.
	preSessionPrefix = "pre_"
)

// csrf guards every state-changing page request and gives the page its
// token, which forms send as _csrf and htmx as X-CSRF-Token (hx-headers on
// <body>).
func (s *Server) csrf() fiber.Handler {
	return func(c *fiber.Ctx) error {
		if skipCSRF(c) {
			return c.Next()
		}
		subject := s.csrfSubject(c)
		if err := sessionLookupFailed(c); err != nil && !safeMethod(c.Method()) {
			return err // not a bad token: the database could not check the session
		}
		if !safeMethod(c.Method()) {
			if fromAnotherSite(c) {
				return fiber.NewError(fiber.StatusForbidden, s.lz(c).T("common.error.other_site"))
			}
			if subject == "" || !s.csrfMatches(subject, sentCSRF(c)) {
				return fiber.NewError(fiber.StatusForbidden, s.lz(c).T("common.error.form_expired"))
			}
		}
		if subject != "" {
			c.Locals("csrf", s.csrfFor(subject))
		}
		return c.Next()
	}
}

// csrfSubject is what the request's token is bound to: the live session,
// else the pre-session cookie (given here to a page view that has none).
func (s *Server) csrfSubject(c *fiber.Ctx) string {
	pre := s.preSession(c)
	if sess, ok := s.liveSession(c); ok {
		return sess.ID
	}
	return pre
}

// preSession is the browser's pre-session id; a page view without a valid
// one gets a new cookie, a form post gets "".
func (s *Server) preSession(c *fiber.Ctx) string {
	name := s.preSessionCookieName()
	if id := c.Cookies(name); validPreSession(id) {
		return id
	}
	if !safeMethod(c.Method()) {
		return ""
	}
	id := secure.NewToken(preSessionPrefix)
	c.Cookie(&fiber.Cookie{Name: name, Value: id, Path: "/", HTTPOnly: true,
		Secure: s.Config.BaseURL.Scheme == "https", SameSite: fiber.CookieSameSiteLaxMode})
	return id
}

// preSessionCookieName has the __Host- prefix over https: Secure, Path=/ and
// no Domain, so no other host can plant it.
func (s *Server) preSessionCookieName() string {
	if s.Config.BaseURL.Scheme == "https" {
		return "__Host-" + preSessionCookie
	}
	return preSessionCookie
}

func validPreSession(id string) bool {
	raw, ok := strings.CutPrefix(id, preSessionPrefix)
	b, err := base64.RawURLEncoding.DecodeString(raw)
	return ok && err == nil && len(b) == 32
}

// csrfFor is the token of subject.
func (s *Server) csrfFor(subject string) string {
	return base64.RawURLEncoding.EncodeToString(s.csrfMAC(subject))
}

// csrfMatches checks a sent token against subject's, in constant time.
func (s *Server) csrfMatches(subject, sent string) bool {
	got, err := base64.RawURLEncoding.DecodeString(sent)
	return err == nil && hmac.Equal(got, s.csrfMAC(subject))
}

func (s *Server) csrfMAC(subject string) []byte {
	m := hmac.New(sha256.New, s.Config.SecretKey)
	m.Write([]byte("csrf:" + subject))
	return m.Sum(nil)
}

// sentCSRF is the token the request carries: the X-CSRF-Token header or the
// _csrf form field.
func sentCSRF(c *fiber.Ctx) string {
	if t := c.Get("X-CSRF-Token"); t != "" {
		return t
	}
	return c.FormValue("_csrf")
}

// fromAnotherSite reports a request whose Origin, or without one its
// Referer, names a host other than the one it was sent to.
func fromAnotherSite(c *fiber.Ctx) bool {
	from := c.Get(fiber.HeaderOrigin)
	if from == "" || from == "null" {
		from = c.Get(fiber.HeaderReferer)
	}
	if from == "" || from == "null" {
		return false
	}
	u, err := url.Parse(from)
	return err != nil || !strings.EqualFold(hostOnly(u.Host), hostOnly(c.Hostname()))
}

func safeMethod(m string) bool {
	return m == fiber.MethodGet || m == fiber.MethodHead || m == fiber.MethodOptions || m == fiber.MethodTrace
}

// noFormPaths are GET resources that never carry a form, so they need no
// CSRF token (and no session look-up of their own here).
var noFormPaths = []string{"/theme.css", "/brand/", "/avatars/", "/events"}

func skipCSRF(c *fiber.Ctx) bool {
	if c.Method() != fiber.MethodGet && c.Method() != fiber.MethodHead {
		return false
	}
	for _, p := range noFormPaths {
		if strings.HasPrefix(c.Path(), p) {
			return true
		}
	}
	// Group streams and pictures: /groups/:id/events, /groups/:id/images/:sha.
	return strings.HasPrefix(c.Path(), "/groups/") && (strings.HasSuffix(c.Path(), "/events") || strings.Contains(c.Path(), "/images/"))
}

// csrfToken is the token to embed in the page being rendered.
func csrfToken(c *fiber.Ctx) string {
	t, _ := c.Locals("csrf").(string)
	return t
}
