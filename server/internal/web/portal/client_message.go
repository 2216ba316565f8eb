package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/web/httpx"
)

// The words the values of a refusal are written with:
// i18n: uploads.size.kb uploads.size.mb uploads.list.comma uploads.list.or

// clientMessage is a domain error as the client reads it, in their
// language: its words when the domain gave them, else its message through
// the pages' known texts, else the message as written.
func (s *Server) clientMessage(c *fiber.Ctx, err error) string {
	_, e := httpx.Classify(err)
	if e.Words != nil {
		return say(s.lz(c), e.Words)
	}
	return s.inClientsWords(c, e.Message)
}

// say writes words in z's language, each value in its kind's form.
func say(z *i18n.Localizer, w *apperr.Words) string {
	pairs := make([]any, 0, 2*len(w.Args))
	for name, v := range w.Args {
		pairs = append(pairs, name, sayValue(z, v))
	}
	return z.T(w.ID, pairs...)
}

func sayValue(z *i18n.Localizer, v any) any {
	switch v := v.(type) {
	case apperr.Word:
		return z.T(string(v))
	case apperr.Size:
		if v < 1<<20 {
			return z.T("uploads.size.kb", "N", z.Number(int(v+1023)/1024))
		}
		return z.T("uploads.size.mb", "N", z.Decimal(float64(v)/(1<<20), 1))
	case apperr.Either:
		return either(z, v)
	case int:
		return z.Number(v)
	}
	return v
}

// either joins names as alternatives: "JPEG, PNG or WebP".
func either(z *i18n.Localizer, names []string) string {
	if len(names) == 0 {
		return ""
	}
	head := names[0]
	for i := 1; i < len(names)-1; i++ {
		head = z.T("uploads.list.comma", "Head", head, "Next", names[i])
	}
	if len(names) == 1 {
		return head
	}
	return z.T("uploads.list.or", "Head", head, "Last", names[len(names)-1])
}
