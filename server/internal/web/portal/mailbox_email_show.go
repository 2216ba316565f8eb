package portal

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// mailboxEmailPolicy lets an email's own HTML style itself and show pictures,
// and nothing else: no script, no form, no plugin, framed only by the mailbox.
const mailboxEmailPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data: http: https:; " +
	"font-src data:; frame-ancestors 'self'; form-action 'none'; base-uri 'none'; " +
	"sandbox allow-popups allow-popups-to-escape-sandbox"

// showMailboxEmail answers GET /dev/mailbox/:id/html with the HTML part of one
// email, for the mailbox's sandboxed frame; its links open in a new tab.
func (s *Server) showMailboxEmail(c *fiber.Ctx) error {
	if !s.mailboxAllowed(c) {
		return fiber.ErrNotFound
	}
	e, err := s.Mail.MailboxEmail(c.UserContext(), c.Params("id"))
	if err != nil {
		return err
	}
	httpx.NoStore(c)
	c.Set(fiber.HeaderContentSecurityPolicy, mailboxEmailPolicy)
	c.Set(fiber.HeaderXFrameOptions, "SAMEORIGIN")
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	return c.SendString(linksInNewTab(e.HTMLBody))
}

// linksInNewTab makes every link of an HTML document open in a new tab (a
// base target placed first in its head).
func linksInNewTab(html string) string {
	const base = `<base target="_blank">`
	lower := strings.ToLower(html)
	if i := strings.Index(lower, "<head>"); i >= 0 {
		return html[:i+len("<head>")] + base + html[i+len("<head>"):]
	}
	return base + html
}
