package profile

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/store"
)

// MaxNameLength is the longest name a contact may give themself, in characters.
const MaxNameLength = 200

// SetName changes the name the contact is greeted by and shown under, as
// they typed it (trimmed); it returns the name saved.
func (s *Service) SetName(ctx context.Context, workspaceID, contactID, name string) (string, error) {
	name = strings.Join(strings.Fields(name), " ")
	v := apperr.Validation{}
	switch {
	case name == "":
		v.Add("name", "Enter your name.")
	case utf8.RuneCountInString(name) > MaxNameLength:
		v.Add("name", fmt.Sprintf("Keep your name under %d characters.", MaxNameLength))
	case strings.IndexFunc(name, unicode.IsControl) >= 0:
		v.Add("name", "Your name cannot hold control characters.")
	}
	if err := v.Err(); err != nil {
		return "", err
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Contacts().ByID(workspaceID, contactID); err != nil {
			return err
		}
		return tx.Contacts().Update(workspaceID, contactID, map[string]any{"name": name})
	})
	if err != nil {
		return "", notFound(err, fmt.Sprintf("set the name of %s", contactID))
	}
	return name, nil
}
