package workspace

import (
	"strings"
	"time"

	// The zone database is embedded so schedules keep their zone on a
	// machine without one.
	_ "time/tzdata"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Location is the workspace's time zone, UTC when none is set (or the one
// set is unknown).
func Location(w model.Workspace) *time.Location {
	if w.TimeZone == "" {
		return time.UTC
	}
	loc, err := time.LoadLocation(w.TimeZone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// checkTimeZone accepts an IANA zone name like Europe/Paris, or "" for UTC.
func checkTimeZone(v apperr.Validation, up map[string]any, zone *string) {
	if zone == nil {
		return
	}
	z := strings.TrimSpace(*zone)
	if _, err := time.LoadLocation(z); err != nil || z == "Local" || len(z) > 64 {
		v.Add("time_zone", "Use a time zone name like Europe/Paris or America/New_York, or leave it empty for UTC.")
		return
	}
	up["time_zone"] = z
}

// OnTimeZone adds fn to what runs, in the transaction that saves it, when
// a workspace's time zone changes (schedules move to the new zone).
func (s *Service) OnTimeZone(fn func(tx *store.Tx, workspaceID string) error) {
	s.zoneFollowers = append(s.zoneFollowers, fn)
}

func (s *Service) zoneChanged(tx *store.Tx, workspaceID string) error {
	for _, fn := range s.zoneFollowers {
		if err := fn(tx, workspaceID); err != nil {
			return err
		}
	}
	return nil
}
