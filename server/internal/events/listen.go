package events

import (
	"context"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
)

// ListenPostgres wakes the hub whenever any instance commits an event
// (NOTIFY portal_events), reconnecting until ctx ends.
func (h *Hub) ListenPostgres(ctx context.Context, databaseURL string) {
	for ctx.Err() == nil {
		if err := h.listenOnce(ctx, databaseURL); err != nil && ctx.Err() == nil {
			slog.Warn("event listener reconnecting", "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(2 * time.Second):
			}
		}
	}
}

func (h *Hub) listenOnce(ctx context.Context, databaseURL string) error {
	conn, err := pgx.Connect(ctx, databaseURL)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN portal_events"); err != nil {
		return err
	}
	for {
		if _, err := conn.WaitForNotification(ctx); err != nil {
			return err
		}
		h.Notify()
	}
}
