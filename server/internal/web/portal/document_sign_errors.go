package portal

import "github.com/gofiber/fiber/v2"

// signingProblems are the signing page's refusals, by the words the
// documents service and signatureImage give, as message ids.
var signingProblems = map[string]string{
	"Tick the box to agree to sign electronically.":                      "documents.error.consent",
	"Type your full name (up to 100 characters).":                        "documents.error.name",
	"Draw your signature in the box, or choose Type to type it.":         "documents.error.draw",
	"The drawn signature is too large; clear it and draw it again.":      "documents.error.too_large",
	"The drawn signature must be a PNG image.":                           "documents.error.not_png",
	"The drawn signature could not be read; clear it and draw it again.": "documents.error.unreadable",
	"Say in a few words why you decline (up to 1,000 characters).":       "documents.error.reason",
}

// signingProblemIDs lists the ids of signingProblems for the catalogue check.
// i18n: documents.error.consent documents.error.name documents.error.draw documents.error.too_large documents.error.not_png documents.error.unreadable documents.error.reason
var signingProblemIDs = []string{"documents.error.consent", "documents.error.name", "documents.error.draw", "documents.error.too_large",
	"documents.error.not_png", "documents.error.unreadable", "documents.error.reason"}

// signingErrors puts the refusals of a signature or a decline in the
// client's language; one the page does not know stays as it was written.
func (s *Server) signingErrors(c *fiber.Ctx, errs map[string]string) map[string]string {
	z := s.lz(c)
	out := make(map[string]string, len(errs))
	for k, msg := range errs {
		if id, ok := signingProblems[msg]; ok {
			msg = z.T(id)
		}
		out[k] = msg
	}
	return out
}
