package workflows

import (
	"clientportal/server/internal/model"
)

// schedule sets when a scheduled workflow next enrols its contacts (times
// are read in UTC); other triggers have no time.
func (s *Service) schedule(w *model.Workflow, t Trigger) error {
	w.NextScheduledAt = nil
	if t.Schedule == "" {
		return nil
	}
	c, err := parseCron(t.Schedule)
	if err != nil {
		return err
	}
	if next := c.next(s.now().UTC()); !next.IsZero() {
		w.NextScheduledAt = &next
	}
	return nil
}
