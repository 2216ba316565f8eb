package documents

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/store"
)

// MaxFieldText is how long the text of a name or date field may be.
const MaxFieldText = 100

// fieldValues checks the texts the signer gave their name and date fields
// and fills the ones left out: the name, or the signing date. A value for a
// field of another signer, or for a signature, is refused.
func fieldValues(v View, sig Signature, now time.Time) (string, error) {
	out := map[int]string{}
	for i, f := range v.Fields {
		if f.Signer != v.Me || f.Kind == string(pdf.FieldSignature) {
			continue
		}
		text := strings.TrimSpace(sig.Values[i])
		if utf8.RuneCountInString(text) > MaxFieldText {
			return "", apperr.Validation{fieldKey(i): fmt.Sprintf("Keep field %d under %d characters.", i+1, MaxFieldText)}.Err()
		}
		if text == "" && f.Kind == string(pdf.FieldName) {
			text = sig.Name
		}
		if text == "" {
			text = now.UTC().Format("2006-01-02")
		}
		out[i] = text
	}
	for i := range sig.Values {
		if _, mine := out[i]; !mine {
			return "", apperr.Validation{fieldKey(i): fmt.Sprintf("Field %d is not one of your fields to fill.", i+1)}.Err()
		}
	}
	b, err := json.Marshal(out)
	return string(b), err
}

// fieldKey names field i in a refusal, as the signing form names it.
func fieldKey(i int) string { return fmt.Sprintf("field_%d", i) }

// tellSigners queues an email of make to every signer already asked, but
// the one at position except.
func (s *Service) tellSigners(tx *store.Tx, v View, except int, make func(*i18n.Localizer, model.Workspace, model.Contact, model.Document, string) message) error {
	w, err := tx.Workspaces().ByID(v.Document.WorkspaceID)
	if err != nil {
		return err
	}
	portalURL, err := s.portalURL(tx, w)
	if err != nil {
		return err
	}
	for _, sg := range v.Signers {
		if sg.Position == except || sg.Status == model.SignerWaiting {
			continue
		}
		if err := queue(tx, make(s.wordsFor(w, sg.Contact), w, sg.Contact, v.Document, portalURL)); err != nil {
			return err
		}
	}
	return nil
}

// declinedForSigner tells another signer that someone declined, so the
// document ended.
func declinedForSigner(by model.Contact, reason string) func(*i18n.Localizer, model.Workspace, model.Contact, model.Document, string) message {
	return func(z *i18n.Localizer, w model.Workspace, c model.Contact, d model.Document, portalURL string) message {
		return message{w: w, contactID: c.ID, to: c.Email, kind: KindDeclined, portalURL: portalURL, lz: z,
			subject: z.T("work_email.declined.subject", "Title", d.Title),
			paragraphs: []string{greeting(z, c),
				z.T("work_email.declined.body", "Name", displayName(by), "Title", d.Title, "Reason", reason),
				z.T("work_email.declined.told", "Workspace", w.Name)}}
	}
}

// Today is the date a date field shows before the signer edits it.
func (s *Service) Today() string { return s.now().UTC().Format("2006-01-02") }

// SignatureOf returns the drawn signature of a signer who has signed, to
// the other signers of the same document only.
func (s *Service) SignatureOf(ctx context.Context, workspaceID, contactID, id string, position int) ([]byte, error) {
	v, err := s.ForSigner(ctx, workspaceID, contactID, id)
	if err != nil {
		return nil, err
	}
	if position < 0 || position >= len(v.Signers) || v.Signers[position].SignatureSHA256 == "" {
		return nil, apperr.NotFoundf("This signature does not exist.")
	}
	var b model.Blob
	err = s.store.View(ctx, func(tx *store.Tx) (err error) {
		b, err = tx.Blobs().Get(v.Signers[position].SignatureSHA256)
		return err
	})
	return b.Data, store.Missing(err, "This signature does not exist.")
}
