package portal

import (
	"encoding/json"

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
	FieldsLeft                           []string // "3 fields left to fill" for 0 to FieldCount, for sign.js
}

// statusLabels are the message ids of the document statuses as a signer reads them.
var statusLabels = map[string]string{
	model.DocSent: "documents.label.your_turn", model.DocViewed: "documents.label.your_turn",
	model.DocPartiallySigned: "documents.label.your_turn",
	model.DocSigned:          "documents.label.finishing", model.DocCompleted: "documents.label.completed", model.DocDeclined: "documents.label.declined",
	model.DocExpired: "documents.label.expired", model.DocVoided: "documents.label.voided",
}

// signerLabelIDs lists every id signerStatusLabel may give.
// i18n: documents.label.your_turn documents.label.finishing documents.label.completed documents.label.declined documents.label.expired documents.label.voided documents.label.signed_waiting documents.label.before_you
var signerLabelIDs = []string{"documents.label.your_turn", "documents.label.finishing", "documents.label.completed", "documents.label.declined",
	"documents.label.expired", "documents.label.voided", "documents.label.signed_waiting", "documents.label.before_you"}

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
	if e := panel.Errors; e != nil {
		panel.Errors = s.signingErrors(c, e)
	}
	return page(c, pageDocument, DocumentPage{Layout: s.clientLayout(c, v.Document.Title, ""), Doc: panel})
}

func (s *Server) documentPanel(c *fiber.Ctx, v documents.View) (DocumentPanel, error) {
	d := v.Document
	w, _ := currentWorkspace(c)
	me, _ := v.Mine()
	fields := s.signingFields(c, v)
	raw, _ := json.Marshal(fields)
	z := s.lz(c)
	p := DocumentPanel{ID: d.ID, Title: d.Title, Status: d.Status, StatusLabel: z.T(signerStatusLabel(v)), From: w.Name,
		DeclineReason: d.DeclineReason, VoidReason: d.VoidReason, FieldsJSON: string(raw), FieldCount: countMine(fields),
		CSRF: csrfToken(c), Name: httpx.ClientViewOf(me.Contact).Name, SignedAt: s.clientWhen(c, me.SignedAt),
		CompletedAt: s.clientWhen(c, d.CompletedAt), ExpiresAt: s.clientWhen(c, d.ExpiresAt)}
	for n := 0; n <= p.FieldCount; n++ {
		p.FieldsLeft = append(p.FieldsLeft, z.N("documents.bar.fields_left", n))
	}
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
		if p.Disclosure == documents.DefaultDisclosure { // the owner kept the default: it is ours to translate
			p.Disclosure = z.T("documents.disclosure_default")
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

// signerStatusLabel is the message id of where the document stands for
// the signer who looks (one of signerLabelIDs).
func signerStatusLabel(v documents.View) string {
	me, _ := v.Mine()
	switch {
	case v.Expired && (v.Document.Status == model.DocSent || v.Document.Status == model.DocViewed || v.Document.Status == model.DocPartiallySigned):
		return signerLabelIDs[4]
	case v.Document.Status == model.DocPartiallySigned && me.Status == model.SignerSigned:
		return signerLabelIDs[6]
	case me.Status == model.SignerWaiting && v.Document.Status != model.DocDraft && statusLabels[v.Document.Status] == signerLabelIDs[0]:
		return signerLabelIDs[7]
	}
	return statusLabels[v.Document.Status]
}
