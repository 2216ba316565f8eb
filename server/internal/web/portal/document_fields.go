package portal

import (
	"strconv"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/documents"
	"clientportal/server/internal/model"
	"clientportal/server/internal/web/httpx"
)

// SigningField is one field as the signing page draws it: the signer's own
// fields to fill, with the name and date prefilled, and the other signers'
// fields, filled once they signed.
type SigningField struct {
	Index     int     `json:"index"`
	Kind      string  `json:"kind"`
	Page      int     `json:"page"`
	X         float64 `json:"x"`
	Y         float64 `json:"y"`
	W         float64 `json:"w"`
	H         float64 `json:"h"`
	Mine      bool    `json:"mine"`
	Value     string  `json:"value,omitempty"`     // the prefilled or signed text
	Image     string  `json:"image,omitempty"`     // a drawn signature's address
	Signer    string  `json:"signer"`              // who fills it
	Signed    bool    `json:"signed,omitempty"`    // its signer has signed
	Signature string  `json:"signature,omitempty"` // typed signature text
}

// signingFields lists the document's fields for the signer who looks.
func (s *Server) signingFields(c *fiber.Ctx, v documents.View) []SigningField {
	out := make([]SigningField, 0, len(v.Fields))
	me, _ := v.Mine()
	for i, f := range v.Fields {
		sf := SigningField{Index: i, Kind: f.Kind, Page: f.Page, X: f.X, Y: f.Y, W: f.W, H: f.H}
		if f.Signer < 0 || f.Signer >= len(v.Signers) {
			continue
		}
		sg := v.Signers[f.Signer]
		sf.Signer = httpx.ClientViewOf(sg.Contact).Name
		sf.Mine = f.Signer == v.Me && me.Status != model.SignerSigned
		switch {
		case sg.Status == model.SignerSigned:
			fillSigned(&sf, v, sg, i)
		case sf.Mine && f.Kind == "name":
			sf.Value = sf.Signer
		case sf.Mine && f.Kind == "date":
			sf.Value = s.Documents.Today()
		}
		out = append(out, sf)
	}
	return out
}

// fillSigned shows what a signer who has signed put in a field.
func fillSigned(sf *SigningField, v documents.View, sg documents.SignerView, i int) {
	sf.Signed = true
	if sf.Kind != "signature" {
		sf.Value = sg.Values()[i]
		return
	}
	if sg.SignatureSHA256 != "" {
		sf.Image = "/documents/" + v.Document.ID + "/signers/" + strconv.Itoa(sg.Position) + "/signature"
		return
	}
	sf.Signature = sg.SignerName
}

func countMine(fs []SigningField) int {
	n := 0
	for _, f := range fs {
		if f.Mine {
			n++
		}
	}
	return n
}

// showSignerSignature serves a signer's drawn signature to the document's
// other signers, so their stamps show as filled.
func (s *Server) showSignerSignature(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	pos, err := strconv.Atoi(c.Params("position"))
	if err != nil {
		return fiber.ErrNotFound
	}
	b, err := s.Documents.SignatureOf(c.UserContext(), w.ID, currentClient(c).ID, c.Params("id"), pos)
	if err != nil {
		return err
	}
	return httpx.SendImage(c, "image/png", "", b, false)
}
