package system

import (
	"context"
	"log/slog"
	"time"

	"clientportal/server/internal/invoices"
)

// scheduleOverdueSweeps queues the sweep that records invoice.overdue every
// few minutes (the job is durable and shared by every instance).
func (s *System) scheduleOverdueSweeps(ctx context.Context) {
	for {
		if err := s.Invoices.ScheduleOverdueSweep(ctx); err != nil && ctx.Err() == nil {
			slog.Warn("schedule overdue sweep", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(invoices.OverdueEvery):
		}
	}
}
