package system

import (
	"context"
	"log/slog"
	"time"

	"clientportal/server/internal/workspace"
)

// scheduleDomainChecks says loudly which custom domains serve nothing for
// want of their DNS proof, then queues the re-check of due domains every
// few minutes (the job itself is durable and shared by every instance).
func (s *System) scheduleDomainChecks(ctx context.Context) {
	s.Workspaces.WarnUnverified(ctx)
	for {
		if err := s.Workspaces.ScheduleDomainChecks(ctx); err != nil && ctx.Err() == nil {
			slog.Warn("schedule domain checks", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(workspace.CheckEvery):
		}
	}
}
