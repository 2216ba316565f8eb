package contacts

import (
	"context"
	"strings"
	"unicode/utf8"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// ContactChange is what the owner changes of a contact; nil keeps a value,
// and a field set to "" is cleared.
type ContactChange struct {
	Name, Phone *string
	Fields      map[string]string
	Language    *string // an i18n code, or "" for the client's browser's language
}

// Update changes a contact's name, phone number, extra fields and language.
func (s *Service) Update(ctx context.Context, workspaceID, id string, ch ContactChange) (model.Contact, error) {
	if ch.Name != nil {
		name := strings.TrimSpace(*ch.Name)
		if utf8.RuneCountInString(name) > 200 {
			return model.Contact{}, apperr.Validation{"name": "Keep the name under 200 characters."}.Err()
		}
		ch.Name = &name
	}
	if ch.Language != nil {
		lang, err := i18n.Parse(*ch.Language)
		if err != nil {
			return model.Contact{}, apperr.Validation{"language": err.Error()}.Err()
		}
		ch.Language = &lang
	}
	var c model.Contact
	err := s.store.InTx(ctx, func(tx *store.Tx) (err error) {
		c, err = s.update(tx, workspaceID, id, ch)
		return err
	})
	return c, store.Missing(err, contactMissing)
}

func (s *Service) update(tx *store.Tx, workspaceID, id string, ch ContactChange) (model.Contact, error) {
	c, err := tx.Contacts().ByID(workspaceID, id)
	if err != nil {
		return c, err
	}
	changes := map[string]any{}
	if ch.Name != nil {
		changes["name"] = *ch.Name
	}
	if ch.Language != nil {
		changes["language"] = *ch.Language
	}
	if ch.Phone != nil {
		phone, err := phoneOf(tx, workspaceID, strings.TrimSpace(*ch.Phone))
		if err != nil {
			return c, err
		}
		changes["phone"] = phone
	}
	fields, err := mergeFields(tx, workspaceID, c.Fields, ch.Fields)
	if err != nil {
		return c, err
	}
	if len(changes) > 0 {
		if err := tx.Contacts().Update(workspaceID, id, changes); err != nil {
			return c, err
		}
	}
	if len(ch.Fields) > 0 {
		if err := tx.Contacts().SetFields(workspaceID, id, fields); err != nil {
			return c, err
		}
	}
	return tx.Contacts().ByID(workspaceID, id)
}
