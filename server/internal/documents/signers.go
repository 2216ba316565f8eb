package documents

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// MaxSigners is how many people may sign one document.
const MaxSigners = 20

// SignerInput names one signer of a new document: an existing contact, or
// an email (and name) that becomes a contact if it is not one yet. Signers
// of equal Order sign in parallel; order 1 signs first.
type SignerInput struct {
	ContactID string `json:"contact_id"`
	Email     string `json:"email"`
	Name      string `json:"name"`
	Order     int    `json:"order"`
}

// SignerView is one signer of a document with their contact.
type SignerView struct {
	model.DocumentSigner
	Contact model.Contact
}

// Values are the texts the signer put in their name and date fields, by
// field index.
func (s SignerView) Values() map[int]string {
	vs := map[int]string{}
	_ = json.Unmarshal([]byte(s.FieldValues), &vs)
	return vs
}

// checkSigners validates the list before anything is looked up.
func checkSigners(in []SignerInput) error {
	if len(in) == 0 {
		return apperr.Validation{"signers": "Name at least one signer."}.Err()
	}
	if len(in) > MaxSigners {
		return apperr.Validation{"signers": fmt.Sprintf("A document may have at most %d signers.", MaxSigners)}.Err()
	}
	for i, s := range in {
		if why := signerProblem(s); why != "" {
			return apperr.Validation{"signers": fmt.Sprintf("Signer %d: %s", i, why)}.Err()
		}
	}
	return nil
}

func signerProblem(s SignerInput) string {
	email := strings.TrimSpace(s.Email)
	switch {
	case s.Order < 1:
		return fmt.Sprintf("order %d is below 1; order 1 signs first.", s.Order)
	case (s.ContactID == "") == (email == ""):
		return "give either contact_id or email."
	case email != "":
		if a, err := mail.ParseAddress(email); err != nil || a.Address != email || len(email) > 254 {
			return fmt.Sprintf("%q is not a valid email address.", email)
		}
		if len([]rune(s.Name)) > 200 {
			return "keep the name under 200 characters."
		}
	}
	return ""
}

// resolveSigners finds or creates each signer's contact in the caller's
// transaction, and refuses a contact named twice.
func (s *Service) resolveSigners(tx *store.Tx, d model.Document, in []SignerInput) ([]model.DocumentSigner, error) {
	out := make([]model.DocumentSigner, 0, len(in))
	seen := map[string]int{}
	for i, si := range in {
		c, err := s.signerContact(tx, d.WorkspaceID, si)
		if errors.Is(err, store.ErrNotFound) {
			return nil, apperr.Validation{"signers": fmt.Sprintf("Signer %d: there is no contact with id %q in the workspace.", i, si.ContactID)}.Err()
		}
		if err != nil {
			return nil, err
		}
		if j, dup := seen[c.ID]; dup {
			return nil, apperr.Validation{"signers": fmt.Sprintf("Signer %d is the same person as signer %d (%s).", i, j, c.Email)}.Err()
		}
		seen[c.ID] = i
		out = append(out, model.DocumentSigner{DocumentID: d.ID, Position: i, WorkspaceID: d.WorkspaceID, ContactID: c.ID,
			SignOrder: si.Order, Status: model.SignerWaiting, FieldValues: "{}", CreatedAt: d.CreatedAt, UpdatedAt: d.CreatedAt})
	}
	return out, nil
}

func (s *Service) signerContact(tx *store.Tx, workspaceID string, si SignerInput) (model.Contact, error) {
	if si.ContactID != "" {
		return tx.Contacts().ByID(workspaceID, si.ContactID)
	}
	email := strings.TrimSpace(si.Email)
	c, err := tx.Contacts().ByEmail(workspaceID, email)
	if !errors.Is(err, store.ErrNotFound) {
		return c, err
	}
	now := s.now()
	c = model.Contact{ID: uuid.NewString(), WorkspaceID: workspaceID, Email: email, EmailLower: strings.ToLower(email),
		Name: strings.TrimSpace(si.Name), Status: "not_invited", CreatedAt: now, UpdatedAt: now}
	if err := tx.Contacts().Create(&c); err != nil {
		return c, err
	}
	return c, events.Emit(tx, workspaceID, model.EventContactCreated, map[string]any{"contact_id": c.ID, "name": c.Name, "email": c.Email})
}

// signerViews joins the signers with their contacts.
func signerViews(tx *store.Tx, workspaceID string, ss []model.DocumentSigner, known map[string]model.Contact) ([]SignerView, error) {
	out := make([]SignerView, 0, len(ss))
	for _, sg := range ss {
		c, ok := known[sg.ContactID]
		if !ok {
			var err error
			if c, err = tx.Contacts().ByID(workspaceID, sg.ContactID); err != nil {
				return nil, err
			}
			known[c.ID] = c
		}
		out = append(out, SignerView{DocumentSigner: sg, Contact: c})
	}
	return out, nil
}

// turn is the lowest order of the signers who have not signed yet; 0 when
// everyone has.
func turn(ss []SignerView) int {
	t := 0
	for _, s := range ss {
		if s.Status != model.SignerSigned && (t == 0 || s.SignOrder < t) {
			t = s.SignOrder
		}
	}
	return t
}

// expired reports whether the document's expiry has passed at now.
func expired(d model.Document, now time.Time) bool {
	return d.ExpiresAt != nil && !now.Before(*d.ExpiresAt)
}

// lastSignedAt is when the last signer signed.
func lastSignedAt(ss []SignerView) time.Time {
	var t time.Time
	for _, s := range ss {
		if s.SignedAt != nil && s.SignedAt.After(t) {
			t = *s.SignedAt
		}
	}
	return t
}
