package contacts

import (
	"clientportal/server/internal/apperr"
	"clientportal/server/internal/phones"
	"clientportal/server/internal/store"
)

// phoneOf reads a typed phone number into E.164, with the workspace's
// region for a number without a country code; empty stays empty.
func phoneOf(tx *store.Tx, workspaceID, raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	ts, err := tx.TextSettingsOf(workspaceID)
	if err != nil {
		return "", err
	}
	e164, err := phones.Normalize(raw, ts.PhoneRegion)
	if err != nil {
		return "", apperr.Validation{"phone": "Enter a phone number a text can reach, like (415) 555-2671 or +44 7911 123456; " +
			"numbers without a country code are read as " + ts.PhoneRegion + " numbers."}.Err()
	}
	return e164, nil
}
