package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showDocumentLink shows "Open the document as Jane" for a live link; a GET
// never uses the link, so mail scanners that fetch it change nothing.
func (s *Server) showDocumentLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	token, id := c.Params("token"), c.Params("id")
	st, ok, err := s.inspectLink(c)
	if !ok {
		return err
	}
	v, err := s.Documents.ForSigner(c.UserContext(), w.ID, st.Contact.ID, id)
	if err != nil {
		return err
	}
	return page(c, "portal/pages/document_open", DocumentOpenPage{Layout: s.layout(c, v.Document.Title),
		Name: httpx.ClientViewOf(st.Contact).FirstName, Title: v.Document.Title, DocumentID: id, Token: token})
}
