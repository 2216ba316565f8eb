package profile

import (
	"context"
	"fmt"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/store"
)

// SetTimeZone keeps the IANA time zone the client's browser reports
// ("Europe/Paris"), so the portal writes times in it.
func (s *Service) SetTimeZone(ctx context.Context, workspaceID, contactID, zone string) error {
	if _, err := time.LoadLocation(zone); zone == "" || len(zone) > 64 || zone == "Local" || err != nil {
		return apperr.New(apperr.Invalid, "%q is not a time zone; send an IANA name such as Europe/Paris.", zone)
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Contacts().ByID(workspaceID, contactID); err != nil {
			return err
		}
		return tx.Contacts().Update(workspaceID, contactID, map[string]any{"time_zone": zone})
	})
	return notFound(err, fmt.Sprintf("set the time zone of %s", contactID))
}
