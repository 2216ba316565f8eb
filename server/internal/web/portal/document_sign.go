package portal

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/documents"
	"clientportal/server/internal/web/httpx"
)

// signDocument is the click on Sign: it records the signature and queues
// the final copy, then shows the page again ("finishing").
func (s *Server) signDocument(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	client, id := currentClient(c), c.Params("id")
	sig := documents.Signature{Name: c.FormValue("name"), Consent: c.FormValue("consent") == "yes", Values: fieldTexts(c)}
	drawn, bad := signatureImage(c.FormValue("mode"), c.FormValue("signature"))
	var err error
	if bad != "" {
		err = apperr.Validation{"signature": bad}.Err() // never fall back to a typed signature
	} else {
		sig.Drawn = drawn
		_, err = s.Documents.Sign(c.UserContext(), w.ID, client.ID, id, sig, httpx.DocMeta(c))
	}
	if e := apperr.As(err); err != nil && e.Kind == apperr.Invalid {
		v, lerr := s.Documents.ForSigner(c.UserContext(), w.ID, client.ID, id)
		if lerr != nil {
			return lerr
		}
		c.Status(fiber.StatusUnprocessableEntity)
		return s.renderDocumentPage(c, v, e.Fields, sig.Name)
	}
	if err != nil {
		return err
	}
	return c.Redirect("/documents/"+id, fiber.StatusSeeOther)
}

// signatureImage decodes the drawn signature, sent as a PNG data URL; a
// typed signature has none.
func signatureImage(mode, dataURL string) ([]byte, string) {
	if mode == "type" {
		return nil, ""
	}
	raw, ok := strings.CutPrefix(dataURL, "data:image/png;base64,")
	if !ok {
		return nil, "Draw your signature in the box, or choose Type to type it."
	}
	if len(raw) > documents.MaxSignatureBytes*4/3+8 {
		return nil, "The drawn signature is too large; clear it and draw it again."
	}
	b, err := base64.StdEncoding.DecodeString(raw)
	if err != nil || len(b) == 0 {
		return nil, "The drawn signature could not be read; clear it and draw it again."
	}
	return b, ""
}

// fieldTexts reads the name and date fields the signer edited, posted as
// field_<index>.
func fieldTexts(c *fiber.Ctx) map[int]string {
	out := map[int]string{}
	c.Request().PostArgs().VisitAll(func(k, v []byte) {
		if rest, ok := strings.CutPrefix(string(k), "field_"); ok {
			if i, err := strconv.Atoi(rest); err == nil && i >= 0 && i < documents.MaxFields {
				out[i] = string(v)
			}
		}
	})
	return out
}
