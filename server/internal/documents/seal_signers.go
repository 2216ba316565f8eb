package documents

import (
	"time"

	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/store"
)

// addSigners fills every field with its own signer's signature, name or
// date (the day in that signer's zone, else the workspace's), and lists
// every signer for the certificate.
func addSigners(tx *store.Tx, v View, w model.Workspace, req *pdf.SealRequest) error {
	images := map[int][]byte{}
	for _, sg := range v.Signers {
		if sg.SignatureSHA256 != "" {
			img, err := tx.Blobs().Get(sg.SignatureSHA256)
			if err != nil {
				return err
			}
			images[sg.Position] = img.Data
		}
		req.Signers = append(req.Signers, pdf.CertifiedSigner{Name: sg.SignerName, Email: sg.Contact.Email, SignedAt: deref(sg.SignedAt)})
	}
	if len(v.Signers) > 0 {
		req.SignerName, req.SignerEmail = v.Signers[0].SignerName, v.Signers[0].Contact.Email
		req.SignedAt = lastSignedAt(v.Signers)
	}
	values := make([]map[int]string, len(v.Signers))
	for i, sg := range v.Signers {
		values[i] = sg.Values()
	}
	for i, f := range v.Fields {
		pf := pdf.Field{Kind: pdf.FieldKind(f.Kind), Page: f.Page, X: f.X, Y: f.Y, W: f.W, H: f.H}
		if f.Signer >= 0 && f.Signer < len(v.Signers) {
			sg := v.Signers[f.Signer]
			switch {
			case pf.Kind == pdf.FieldSignature && images[f.Signer] != nil:
				pf.Image = images[f.Signer]
			case pf.Kind == pdf.FieldSignature:
				pf.Text = sg.SignerName
			case values[f.Signer][i] != "":
				pf.Text = values[f.Signer][i]
			case pf.Kind == pdf.FieldName:
				pf.Text = sg.SignerName
			default:
				pf.Text = deref(sg.SignedAt).In(pdf.ClientZone(sg.Contact.TimeZone, w.TimeZone)).Format(time.DateOnly)
			}
		}
		req.Fields = append(req.Fields, pf)
	}
	return nil
}

func deref(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return *t
}
