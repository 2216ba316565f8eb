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

// clientProblems are the refusals of a message, a post or a comment, by
// the words the messages and groups services give, as message ids.
var clientProblems = map[string]string{
	"Write a message or attach a file.":                                            "messages.error.empty",
	fmt.Sprintf("A message is limited to %d characters.", messages.MaxBody):        "messages.error.too_long",
	"Attach a PDF, PNG or JPEG file; this file is none of those.":                  "messages.error.file_type",
	"Write something, or add a picture.":                                           "groups.error.empty_post",
	"Write a comment first.":                                                       "groups.error.empty_comment",
	fmt.Sprintf("Keep it under %d characters.", groups.MaxText):                    "groups.error.too_long",
	"You are muted in this group: you can read it, but not post, comment or like.": "groups.muted",
	httpx.TooManyPictures.Error():                                                  "groups.error.too_many_pictures",
}

// clientProblemIDs lists the ids of clientProblems for the catalogue check.
// i18n: messages.error.empty messages.error.too_long messages.error.file_type messages.error.file_too_large
// i18n: groups.error.empty_post groups.error.empty_comment groups.error.too_long groups.muted groups.error.too_many_pictures
var clientProblemIDs = []string{"messages.error.empty", "messages.error.too_long", "messages.error.file_type", "messages.error.file_too_large",
	"groups.error.empty_post", "groups.error.empty_comment", "groups.error.too_long", "groups.muted", "groups.error.too_many_pictures"}

var fileTooLarge = regexp.MustCompile(`^The file is larger than (\d+) MB\.$`)

// problemText puts a refusal the client meets on the messages or a group
// page in their language; one the page does not know stays as written.
func (s *Server) problemText(c *fiber.Ctx, msg string) string {
	z := s.lz(c)
	if id, ok := clientProblems[msg]; ok {
		return z.T(id, "Max", z.Number(messages.MaxBody), "MaxText", z.Number(groups.MaxText))
	}
	if m := fileTooLarge.FindStringSubmatch(msg); m != nil {
		mb, _ := strconv.Atoi(m[1])
		return z.T(clientProblemIDs[3], "MB", z.Number(mb))
	}
	return msg
}
