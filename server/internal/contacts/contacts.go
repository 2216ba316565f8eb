package contacts

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// NewContact is what the owner types to add a client.
type NewContact struct {
	Email, Name, Phone string
	Fields             map[string]string // the owner's extra fields, by key
	Language           string            // the client's language (i18n code), or "" for their browser's
}

// validate cleans the input and says what is wrong, per field.
func (n *NewContact) validate() error {
	v := apperr.Validation{}
	n.Email, n.Name, n.Phone = strings.TrimSpace(n.Email), strings.TrimSpace(n.Name), strings.TrimSpace(n.Phone)
	if addr, err := mail.ParseAddress(n.Email); err != nil || addr.Address != n.Email || len(n.Email) > 254 {
		v.Add("email", "Enter a valid email address, like jane@example.com.")
	}
	if utf8.RuneCountInString(n.Name) > 200 {
		v.Add("name", "Keep the name under 200 characters.")
	}
	if len(n.Phone) > 40 || strings.ContainsFunc(n.Phone, func(r rune) bool { return !strings.ContainsRune("+0123456789 ()-.", r) }) {
		v.Add("phone", "Enter a phone number with digits, spaces, +, (, ), - or . only.")
	}
	lang, err := i18n.Parse(n.Language)
	if err != nil {
		v.Add("language", err.Error())
	}
	n.Language = lang
	return v.Err()
}

// Create adds a client; the email must be new in the workspace.
func (s *Service) Create(ctx context.Context, workspaceID string, in NewContact) (model.Contact, error) {
	if err := in.validate(); err != nil {
		return model.Contact{}, err
	}
	var c model.Contact
	err := s.store.InTx(ctx, func(tx *store.Tx) (err error) {
		c, err = createContact(tx, workspaceID, in, s.now())
		return err
	})
	return c, err
}

func createContact(tx *store.Tx, workspaceID string, in NewContact, now time.Time) (model.Contact, error) {
	phone, err := phoneOf(tx, workspaceID, in.Phone)
	if err != nil {
		return model.Contact{}, err
	}
	in.Phone = phone
	fields, err := mergeFields(tx, workspaceID, nil, in.Fields)
	if err != nil {
		return model.Contact{}, err
	}
	c := model.Contact{ID: uuid.NewString(), WorkspaceID: workspaceID, Email: in.Email, EmailLower: strings.ToLower(in.Email),
		Name: in.Name, Phone: in.Phone, Fields: fields, Language: in.Language, Status: "not_invited", CreatedAt: now, UpdatedAt: now}
	err = tx.Contacts().Create(&c)
	if errors.Is(err, store.ErrConflict) {
		return c, &apperr.Error{Kind: apperr.Conflict, Message: "A contact with this email already exists.",
			Fields: map[string]string{"email": "Already a contact: " + in.Email}, Cause: err}
	}
	if err != nil {
		return c, err
	}
	return c, Created(tx, c)
}

// Created records contact.created for a contact just saved, so workflows
// and webhooks on it start.
func Created(tx *store.Tx, c model.Contact) error {
	return events.Emit(tx, c.WorkspaceID, model.EventContactCreated, map[string]any{"contact_id": c.ID, "name": c.Name, "email": c.Email})
}

// Get loads one client of the workspace.
func (s *Service) Get(ctx context.Context, workspaceID, id string) (model.Contact, error) {
	var c model.Contact
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		c, err = tx.Contacts().ByID(workspaceID, id)
		return err
	})
	return c, store.Missing(err, contactMissing)
}

// ContactQuery filters the contact list.
type ContactQuery struct {
	Status, Q, Cursor string
	Limit             int
}

// ContactPage is one page of contacts and the cursor of the next.
type ContactPage struct {
	Contacts   []model.Contact
	NextCursor string
}

// List returns one page of clients, newest first.
func (s *Service) List(ctx context.Context, workspaceID string, q ContactQuery) (ContactPage, error) {
	f, err := q.filter()
	if err != nil {
		return ContactPage{}, err
	}
	var page ContactPage
	err = s.store.View(ctx, func(tx *store.Tx) (err error) {
		page.Contacts, err = tx.Contacts().List(workspaceID, f)
		return err
	})
	if len(page.Contacts) == f.Limit {
		last := page.Contacts[len(page.Contacts)-1]
		page.NextCursor = encodeCursor(model.ContactCursor{CreatedAt: last.CreatedAt, ID: last.ID})
	}
	return page, err
}

func (q ContactQuery) filter() (model.ContactFilter, error) {
	v := apperr.Validation{}
	f := model.ContactFilter{Status: q.Status, Query: strings.TrimSpace(q.Q), Limit: q.Limit}
	if f.Status != "" && f.Status != "not_invited" && f.Status != "invited" && f.Status != "joined" {
		v.Add("status", "Use not_invited, invited or joined.")
	}
	if f.Limit == 0 {
		f.Limit = 50
	}
	if f.Limit < 1 || f.Limit > 500 {
		v.Add("limit", "Use a limit from 1 to 500.")
	}
	if q.Cursor != "" {
		c, err := decodeCursor(q.Cursor)
		if err != nil {
			v.Add("cursor", "This cursor is not valid; start again from the first page.")
		}
		f.After = &c
	}
	return f, v.Err()
}

func encodeCursor(c model.ContactCursor) string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) (model.ContactCursor, error) {
	var c model.ContactCursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err == nil && c.ID == "" {
		err = errors.New("empty cursor")
	}
	return c, err
}
