package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// domainMessageIDs are the words of the domain's refusals that a client
// meets on the login and profile pages, by their English text (the domain
// writes English; the page says it in the client's language). A message
// not listed here shows as the domain wrote it.
// i18n: auth.error.bad_code auth.error.code_digits auth.error.bad_password
// i18n: profile.error.password_length profile.error.name_empty profile.error.name_long profile.error.name_control
// i18n: common.error.busy_message common.error.database_down invoices.pay.unavailable
var domainMessageIDs = map[string]string{
	httpx.BusyMessage: "common.error.busy_message",
	"The portal cannot reach its database just now; try again in a moment.":                 "common.error.database_down",
	"Payments are unavailable right now. Please try again in a few minutes.":                "invoices.pay.unavailable",
	"That code is not valid or has expired. Check the newest email, or ask for a new link.": "auth.error.bad_code",
	"Enter the 6 digits from the email.":                                                    "auth.error.code_digits",
	"That email and password do not match. You can also ask for a login link.":              "auth.error.bad_password",
	"Use 10 to 200 characters.":                                                             "profile.error.password_length",
	"Enter your name.":                                                                      "profile.error.name_empty",
	"Keep your name under 200 characters.":                                                  "profile.error.name_long",
	"Your name cannot hold control characters.":                                             "profile.error.name_control",
}

// inClientsWords is a domain message in the request's language when it is
// one the portal knows, else the message itself.
func (s *Server) inClientsWords(c *fiber.Ctx, msg string) string {
	if id, ok := domainMessageIDs[msg]; ok {
		return s.lz(c).T(id)
	}
	return msg
}
