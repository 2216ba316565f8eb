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
	speakTo(c, st.Contact)
	z := s.lz(c)
	l, name := s.layout(c, v.Document.Title), httpx.ClientViewOf(st.Contact).FirstName
	return page(c, pageLinkOpen, LinkOpenPage{Layout: l, Heading: v.Document.Title,
		Lead: z.T("documents.link_lead", "Workspace", l.Brand.Name), Action: "/documents/" + id + "/open/" + token,
		Button: z.T("documents.link_button", "Name", name), ButtonID: "open-document", Name: name})
}
