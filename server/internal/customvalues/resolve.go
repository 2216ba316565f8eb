package customvalues

import (
	"clientportal/server/internal/model"
)

// Source is what one message is made from: the contact and workspace, and
// makers of the one-time links, called only when a text uses them and at
// most once per message.
type Source struct {
	Contact   model.Contact
	Workspace model.Workspace
	PortalURL string
	// MagicLink makes a fresh login link and code for the contact.
	MagicLink func() (link, code string, err error)
	Document  *model.Document
	// DocumentLink makes a one-time link that opens the document to sign.
	DocumentLink func() (string, error)
	Invoice      *model.Invoice
	InvoiceTotal string // the total, formatted in the invoice's currency
	// InvoiceLink makes a one-time link that opens the invoice.
	InvoiceLink func() (string, error)

	made map[string]string
}

// Resolve fills every custom value of text from the source; a value the
// source cannot give (no document, say) becomes empty.
func (s *Source) Resolve(text string) (string, error) {
	var err error
	out := Pattern.ReplaceAllStringFunc(text, func(tok string) string {
		v, e := s.value(Pattern.FindStringSubmatch(tok)[1])
		if e != nil && err == nil {
			err = e
		}
		return v
	})
	return out, err
}

func (s *Source) value(key string) (string, error) {
	if v, ok := s.made[key]; ok {
		return v, nil
	}
	if len(key) > len(FieldPrefix) && key[:len(FieldPrefix)] == FieldPrefix {
		return s.Contact.Fields[key[len(FieldPrefix):]], nil
	}
	switch key {
	case "contact.first_name":
		return s.Contact.FirstName(), nil
	case "contact.name":
		return s.Contact.Name, nil
	case "contact.email":
		return s.Contact.Email, nil
	case "contact.phone":
		return s.Contact.Phone, nil
	case "workspace.name":
		return s.Workspace.Name, nil
	case "portal.url":
		return s.PortalURL, nil
	case "portal.magic_link", "portal.login_code":
		return s.login(key)
	case "document.title":
		if s.Document != nil {
			return s.Document.Title, nil
		}
	case "document.sign_link":
		return s.once(key, s.DocumentLink)
	case "invoice.number":
		if s.Invoice != nil {
			return s.Invoice.Number, nil
		}
	case "invoice.total":
		return s.InvoiceTotal, nil
	case "invoice.link":
		return s.once(key, s.InvoiceLink)
	}
	return "", nil
}

// login makes the message's one link and code on first use.
func (s *Source) login(key string) (string, error) {
	if s.MagicLink == nil {
		return "", nil
	}
	link, code, err := s.MagicLink()
	if err != nil {
		return "", err
	}
	s.remember("portal.magic_link", link)
	s.remember("portal.login_code", code)
	return s.made[key], nil
}

func (s *Source) once(key string, make func() (string, error)) (string, error) {
	if make == nil {
		return "", nil
	}
	v, err := make()
	if err == nil {
		s.remember(key, v)
	}
	return v, err
}

func (s *Source) remember(key, v string) {
	if s.made == nil {
		s.made = map[string]string{}
	}
	s.made[key] = v
}
