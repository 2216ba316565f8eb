package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/web/httpx"
)

// declineDocument records the signer's refusal with their reason.
func (s *Server) declineDocument(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	client, id := currentClient(c), c.Params("id")
	_, err := s.Documents.Decline(c.UserContext(), w.ID, client.ID, id, c.FormValue("reason"), httpx.DocMeta(c))
	if e := apperr.As(err); err != nil && e.Kind == apperr.Invalid {
		v, lerr := s.Documents.ForSigner(c.UserContext(), w.ID, client.ID, id)
		if lerr != nil {
			return lerr
		}
		c.Status(fiber.StatusUnprocessableEntity)
		return s.renderDocumentPage(c, v, e.Fields, "")
	}
	if err != nil {
		return err
	}
	return c.Redirect("/documents/"+id, fiber.StatusSeeOther)
}
