package web

import (
	"github.com/gofiber/fiber/v2"
)

// DocumentOpenPage is the one-click page of a document link from an email.
type DocumentOpenPage struct {
	Layout
	Name, Title, DocumentID, Token string
}

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
		Name: clientView(st.Contact).FirstName, Title: v.Document.Title, DocumentID: id, Token: token})
}

// useDocumentLink is the click on "Open": the link is used, a session
// starts and the signer lands on the document.
func (s *Server) useDocumentLink(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	id := c.Params("id")
	ns, ok, err := s.consumeLink(c)
	if !ok {
		return err
	}
	if err := s.Documents.MarkOpened(c.UserContext(), w.ID, ns.Contact.ID, id, docMeta(c)); err != nil {
		return err
	}
	return s.startSession(c, ns, "/documents/"+id)
}
