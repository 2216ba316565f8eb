package web

import (
	"github.com/gofiber/fiber/v2"
)

// showDocumentPDF serves the original PDF to its signer's viewer.
func (s *Server) showDocumentPDF(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	v, err := s.Documents.ForSigner(c.UserContext(), w.ID, currentClient(c).ID, c.Params("id"))
	if err != nil {
		return err
	}
	f, err := s.Documents.Original(c.UserContext(), w.ID, v.Document.ID)
	if err != nil {
		return err
	}
	return sendPDF(c, f, "inline", "")
}

// downloadDocumentForClient is the signer's one-click download of the final copy.
func (s *Server) downloadDocumentForClient(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	client := currentClient(c)
	v, err := s.Documents.ForSigner(c.UserContext(), w.ID, client.ID, c.Params("id"))
	if err != nil {
		return err
	}
	f, err := s.Documents.Final(c.UserContext(), w.ID, v.Document.ID, client.Email, docMeta(c))
	if err != nil {
		return err
	}
	return sendPDF(c, f, "attachment", " (signed)")
}
