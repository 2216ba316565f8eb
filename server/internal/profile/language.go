package profile

import (
	"context"
	"fmt"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/store"
)

// SetLanguage keeps the language the client chose on their profile (an
// i18n code; "" goes back to their browser's). An unknown code is refused
// with the supported list and nothing is saved.
func (s *Service) SetLanguage(ctx context.Context, workspaceID, contactID, code string) error {
	lang, err := i18n.Parse(code)
	if err != nil {
		return &apperr.Error{Kind: apperr.Invalid, Message: err.Error(), Fields: map[string]string{"language": err.Error()}}
	}
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Contacts().ByID(workspaceID, contactID); err != nil {
			return err
		}
		return tx.Contacts().Update(workspaceID, contactID, map[string]any{"language": lang})
	})
	return notFound(err, fmt.Sprintf("set the language of %s", contactID))
}
