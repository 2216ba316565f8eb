package portal

import (
	"encoding/json"
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/documents"
	"clientportal/server/internal/model"
	"clientportal/server/internal/web/httpx"
)

// DocumentPage is the signer's page of one document.
type DocumentPage struct {
	Layout
	Doc DocumentPanel
}

// DocumentPanel is the part of the document page that follows its status;
// the status fragment renders it alone.
type DocumentPanel struct {
	ID, Title, Status, StatusLabel, From string
	Signable, Finishing, Completed       bool
	Declined                             bool
	DeclineReason                        string
	Disclosure                           string
	FieldsJSON                           string
	FieldCount                           int
	CSRF                                 string
	Name                                 string
	Errors                               map[string]string
	SignedAt, CompletedAt                string
}

// statusLabels are the document statuses as a signer reads them.
var statusLabels = map[string]string{
	model.DocSent: "Waiting for your signature", model.DocViewed: "Waiting for your signature",
	model.DocSigned: "Signed, finishing", model.DocCompleted: "Signed and complete", model.DocDeclined: "Declined",
}

// showDocumentPage shows a document to its signer, records the first view,
// and offers what the status allows: sign or decline, wait, or download.
func (s *Server) showDocumentPage(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	v, err := s.Documents.ForSigner(c.UserContext(), w.ID, currentClient(c).ID, c.Params("id"))
	if err != nil {
		return err
	}
	if err := s.Documents.MarkViewed(c.UserContext(), v, httpx.DocMeta(c)); err != nil {
		return err
	}
	httpx.NoStore(c)
	return s.renderDocumentPage(c, v, nil, "")
}

func (s *Server) renderDocumentPage(c *fiber.Ctx, v documents.View, errs map[string]string, name string) error {
	panel, err := s.documentPanel(c, v)
	if err != nil {
		return err
	}
	panel.Errors = errs
	if name != "" {
		panel.Name = name
	}
	return page(c, pageDocument, DocumentPage{Layout: s.clientLayout(c, v.Document.Title, ""), Doc: panel})
}

func (s *Server) documentPanel(c *fiber.Ctx, v documents.View) (DocumentPanel, error) {
	d := v.Document
	w, _ := currentWorkspace(c)
	fields, _ := json.Marshal(v.Fields)
	p := DocumentPanel{ID: d.ID, Title: d.Title, Status: d.Status, StatusLabel: statusLabels[d.Status], From: w.Name,
		Signable: v.Signable(), Finishing: d.Status == model.DocSigned, Completed: d.Status == model.DocCompleted,
		Declined: d.Status == model.DocDeclined, DeclineReason: d.DeclineReason, FieldsJSON: string(fields),
		FieldCount: len(v.Fields), CSRF: csrfToken(c), Name: httpx.ClientViewOf(v.Signer).Name,
		SignedAt: when(d.SignedAt), CompletedAt: when(d.CompletedAt)}
	if p.Signable {
		var err error
		if p.Disclosure, err = s.Documents.Disclosure(c.UserContext(), w.ID); err != nil {
			return p, err
		}
	}
	return p, nil
}

func when(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.UTC().Format("2 January 2006, 15:04 UTC")
}
