package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// useDocumentLink is the click on "Open": the link is used, a session
// starts and the signer lands on the document.
func (s *Server) useDocumentLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	id := c.Params("id")
	ns, ok, err := s.consumeLink(c)
	if !ok {
		return err
	}
	if err := s.Documents.MarkOpened(c.UserContext(), w.ID, ns.Contact.ID, id, httpx.DocMeta(c)); err != nil {
		return err
	}
	return s.startSession(c, ns, "/documents/"+id)
}
