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
// the status fragment renders it alone. Exactly one of the states is true.
type DocumentPanel struct {
	ID, Title, Status, StatusLabel, From string
	Signable, Finishing, Completed       bool
	Declined, DeclinedByMe               bool
	Expired, Voided, Waiting, SignedMine bool
	NoFields                             bool
	DeclineReason, VoidReason            string
	Disclosure                           string
	FieldsJSON                           string
	FieldCount                           int
	CSRF                                 string
	Name                                 string
	Errors                               map[string]string
	SignedAt, CompletedAt, ExpiresAt     string
	Others                               []string // the other signers, by name
}

// statusLabels are the document statuses as a signer reads them.
var statusLabels = map[string]string{
	model.DocSent: "Waiting for your signature", model.DocViewed: "Waiting for your signature",
	model.DocPartiallySigned: "Waiting for your signature",
	model.DocSigned:          "Signed, finishing", model.DocCompleted: "Signed and complete", model.DocDeclined: "Declined",
	model.DocExpired: "Expired", model.DocVoided: "Voided",
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
	me, _ := v.Mine()
	fields := s.signingFields(c, v)
	raw, _ := json.Marshal(fields)
	p := DocumentPanel{ID: d.ID, Title: d.Title, Status: d.Status, StatusLabel: signerStatusLabel(v), From: w.Name,
		DeclineReason: d.DeclineReason, VoidReason: d.VoidReason, FieldsJSON: string(raw), FieldCount: countMine(fields),
		CSRF: csrfToken(c), Name: httpx.ClientViewOf(me.Contact).Name, SignedAt: when(me.SignedAt),
		CompletedAt: when(d.CompletedAt), ExpiresAt: when(d.ExpiresAt)}
	for _, sg := range v.Signers {
		if sg.Position != v.Me {
			p.Others = append(p.Others, httpx.ClientViewOf(sg.Contact).Name)
		}
	}
	setPanelState(&p, v, me)
	if p.Signable {
		var err error
		if p.Disclosure, err = s.Documents.Disclosure(c.UserContext(), w.ID); err != nil {
			return p, err
		}
	}
	return p, nil
}

// setPanelState picks the one thing the page says about the document.
func setPanelState(p *DocumentPanel, v documents.View, me documents.SignerView) {
	d := v.Document
	switch {
	case d.Status == model.DocCompleted:
		p.Completed = true
	case d.Status == model.DocSigned:
		p.Finishing = true
	case d.Status == model.DocVoided:
		p.Voided = true
	case d.Status == model.DocDeclined:
		p.Declined, p.DeclinedByMe = true, me.Status == model.SignerDeclined
	case d.Status == model.DocExpired || v.Expired:
		p.Expired = true
	case me.Status == model.SignerSigned:
		p.SignedMine = true
	case me.Status == model.SignerWaiting:
		p.Waiting = true
	case p.FieldCount == 0:
		p.NoFields = true
	default:
		p.Signable = v.Signable()
	}
}

// signerStatusLabel is where the document stands for the signer who looks.
func signerStatusLabel(v documents.View) string {
	me, _ := v.Mine()
	switch {
	case v.Expired && (v.Document.Status == model.DocSent || v.Document.Status == model.DocViewed || v.Document.Status == model.DocPartiallySigned):
		return "Expired"
	case v.Document.Status == model.DocPartiallySigned && me.Status == model.SignerSigned:
		return "Signed, waiting for the others"
	case me.Status == model.SignerWaiting && v.Document.Status != model.DocDraft && statusLabels[v.Document.Status] == "Waiting for your signature":
		return "Waiting for the signers before you"
	}
	return statusLabels[v.Document.Status]
}

func when(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.UTC().Format("2 January 2006, 15:04 UTC")
}
