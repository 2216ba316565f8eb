package portal

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
)

// Brand is the workspace's look on every portal page.
type Brand struct {
	Name    string
	Initial string
	Accent  string
}

// NavItem is one entry of the portal navigation.
type NavItem struct {
	Label, Href string
	Current     bool
}

// Layout is what the portal layout needs from every page.
type Layout struct {
	Title  string
	Brand  Brand
	CSRF   string
	Client bool
	Nav    []NavItem
	// TimeZone is the zone saved on a signed-in client's profile; the page's
	// script saves the browser's zone when it differs.
	TimeZone string
}

// ErrorPage is the page shown when a request fails.
type ErrorPage struct {
	Layout
	Heading, Message string
}

// SitePage is a page of the service's own host.
type SitePage struct {
	Title       string
	ExampleHost string
	DevMailbox  bool
	Emails      []model.Email
	Texts       []model.Text
	DevTexts    bool // texts stay in the development outbox
}

func brandOf(w model.Workspace) Brand {
	initial := "?"
	if r := []rune(strings.TrimSpace(w.Name)); len(r) > 0 {
		initial = strings.ToUpper(string(r[0]))
	}
	return Brand{Name: w.Name, Initial: initial, Accent: w.AccentColor}
}

// layout fills the common part of a portal page.
func (s *Server) layout(c *fiber.Ctx, title string) Layout {
	w, _ := currentWorkspace(c)
	return Layout{Title: title, Brand: brandOf(w), CSRF: csrfToken(c)}
}

// page renders a portal page inside the layout, or alone for an htmx request
// that targets a fragment.
func page(c *fiber.Ctx, name Template, data any) error {
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	c.Vary(fiber.HeaderAcceptLanguage)
	bind := Localized{Lang: langOf(c), Data: data}
	if isHTMX(c) && c.Get("HX-Target") != "" {
		return c.Render(string(name), bind)
	}
	return c.Render(string(name), bind, string(layoutBase))
}

func sitePage(c *fiber.Ctx, name Template, data any) error {
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	c.Vary(fiber.HeaderAcceptLanguage)
	return c.Render(string(name), Localized{Lang: langOf(c), Data: data}, string(siteLayout))
}

// errorHeadingIDs are the error page's headings by status.
// i18n: common.error.400 common.error.401 common.error.403 common.error.404 common.error.413 common.error.429 common.error.500
var errorHeadingIDs = map[int]string{400: "common.error.400", 401: "common.error.401", 403: "common.error.403",
	404: "common.error.404", 413: "common.error.413", 429: "common.error.429", 500: "common.error.500"}

func (s *Server) renderErrorPage(c *fiber.Ctx, status int, msg string) error {
	if _, ok := currentWorkspace(c); !ok {
		if status == fiber.StatusNotFound {
			return sitePage(c, siteNotfound, SitePage{Title: s.lz(c).T("common.error.404")})
		}
		c.Set(fiber.HeaderContentType, fiber.MIMETextPlainCharsetUTF8)
		return c.SendString(msg)
	}
	z := s.lz(c)
	id, ok := errorHeadingIDs[status]
	if !ok {
		id = errorHeadingIDs[fiber.StatusBadRequest]
	}
	heading := z.T(id)
	msg = s.inClientsWords(c, msg)
	if status == fiber.StatusInternalServerError {
		msg = z.T("common.error.internal") // the cause is logged, never shown
	}
	l := s.layout(c, heading)
	if status < 500 {
		if _, ok := s.liveSession(c); ok {
			l = s.appLayout(c, heading, "") // a signed-in client keeps the navigation
		}
	}
	return page(c, pageError, ErrorPage{Layout: l, Heading: heading, Message: msg})
}
