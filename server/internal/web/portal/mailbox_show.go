package portal

import (
	"net"
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/mail"
	"clientportal/server/internal/web/httpx"
)

// MailboxPage is the development mailbox: each email as the client would see
// it, newest first, optionally only those to one recipient.
type MailboxPage struct {
	Title      string
	DevMailbox bool
	To         string
	mail.MailboxView
}

// mailboxLimit is how many emails the mailbox shows at once.
const mailboxLimit = 100

// showMailbox lists the emails kept while no SMTP server is configured.
func (s *Server) showMailbox(c *fiber.Ctx) error {
	if !s.mailboxAllowed(c) {
		return fiber.ErrNotFound
	}
	to := strings.TrimSpace(c.Query("to"))
	v, err := s.Mail.Mailbox(c.UserContext(), to, mailboxLimit)
	if err != nil {
		return err
	}
	httpx.NoStore(c)
	return sitePage(c, siteMailbox, MailboxPage{Title: "Development mailbox", DevMailbox: true, To: to, MailboxView: v})
}

// mailboxAllowed says whether the mailbox may answer: only on the service's
// own host, from loopback, and only while the base URL is a local one
// (behind a proxy every request looks local).
func (s *Server) mailboxAllowed(c *fiber.Ctx) bool {
	ip := net.ParseIP(httpx.ClientIP(c))
	_, onPortal := currentWorkspace(c)
	return !onPortal && s.Config.DevMailbox() && ip != nil && ip.IsLoopback() && localBase(s.Config.BaseURL.Hostname())
}

// localBase reports whether the portal's base host is this machine.
func localBase(host string) bool {
	if ip := net.ParseIP(host); ip != nil {
		return ip.IsLoopback()
	}
	return host == "localhost"
}
