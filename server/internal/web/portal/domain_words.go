package portal

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/groups"
	"clientportal/server/internal/messages"
	"clientportal/server/internal/web/httpx"
)

// domainMessageIDs are the words of the domain's refusals that a client
// meets (login, profile, messages, groups, payments), by their English text
// (the domain writes English; the page says it in the client's language).
// A message not listed here shows as the domain wrote it; a refusal whose
// text has values in it carries apperr Words instead (see clientMessage).
// i18n: auth.error.bad_code auth.error.code_digits auth.error.bad_password
// i18n: profile.error.password_length profile.error.name_empty profile.error.name_long profile.error.name_control
// i18n: common.error.busy_message common.error.database_down invoices.pay.unavailable
// i18n: messages.error.empty messages.error.too_long messages.error.file_type messages.error.file_too_large
// i18n: groups.error.empty_post groups.error.empty_comment groups.error.too_long groups.muted groups.error.too_many_pictures
var domainMessageIDs = map[string]string{
	"Write a message or attach a file.":                                                     "messages.error.empty",
	fmt.Sprintf("A message is limited to %d characters.", messages.MaxBody):                 "messages.error.too_long",
	"Attach a PDF, PNG or JPEG file; this file is none of those.":                           "messages.error.file_type",
	"Write something, or add a picture.":                                                    "groups.error.empty_post",
	"Write a comment first.":                                                                "groups.error.empty_comment",
	fmt.Sprintf("Keep it under %d characters.", groups.MaxText):                             "groups.error.too_long",
	"You are muted in this group: you can read it, but not post, comment or like.":          "groups.muted",
	httpx.TooManyPictures.Error():                                                           "groups.error.too_many_pictures",
	httpx.BusyMessage:                                                                       "common.error.busy_message",
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

var fileTooLarge = regexp.MustCompile(`^The file is larger than (\d+) MB\.$`)

// inClientsWords is a domain message in the request's language when it is
// one the portal knows, else the message itself.
func (s *Server) inClientsWords(c *fiber.Ctx, msg string) string {
	z := s.lz(c)
	if id, ok := domainMessageIDs[msg]; ok {
		return z.T(id, "Max", z.Number(messages.MaxBody), "MaxText", z.Number(groups.MaxText))
	}
	if m := fileTooLarge.FindStringSubmatch(msg); m != nil {
		mb, _ := strconv.Atoi(m[1])
		return z.T("messages.error.file_too_large", "MB", z.Number(mb))
	}
	return msg
}
