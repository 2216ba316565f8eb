package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showDocumentStatus answers the status fragment the page polls while the
// final copy is being made.
func (s *Server) showDocumentStatus(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	v, err := s.Documents.ForSigner(c.UserContext(), w.ID, currentClient(c).ID, c.Params("id"))
	if err != nil {
		return err
	}
	panel, err := s.documentPanel(c, v)
	if err != nil {
		return err
	}
	httpx.NoStore(c)
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	return partial(c, partialDocumentStatus, panel)
}
