// Package desk is the core of the desktop app: the active connection to a
// portal server, the owner's actions (sent now, or queued in the outbox when
// the server cannot be reached), the live event stream and the bulk jobs.
// The UI handler calls it; it knows nothing of HTTP pages or of Wails.
package desk

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"clientportal/app/internal/accounts"
	"clientportal/app/internal/localdb"
	"clientportal/shared/clock"
)

// Config says where the app keeps its files and how it reaches servers.
type Config struct {
	// Dir holds accounts.json, token files (without a keyring) and the local database.
	Dir string
	// Secrets overrides where tokens are kept (default: keyring, else files in Dir).
	Secrets accounts.Secrets
	// HTTP is the client for API calls (default: 15 s timeout).
	HTTP *http.Client
	// RetryEvery is how often queued actions are retried (default 3 s).
	RetryEvery time.Duration
	// Clock stamps local records and notices (default: the wall clock).
	Clock clock.Clock
}

// App is the running desktop app's state and services.
type App struct {
	cfg      Config
	Accounts *accounts.Store
	DB       *localdb.DB
	Live     *Live
	Bulk     *BulkJobs

	mu     sync.Mutex
	conn   *Conn
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	replay sync.Mutex
	kick   chan struct{}
}

// New opens the app's files in cfg.Dir; call Start to run its services.
func New(ctx context.Context, cfg Config) (*App, error) {
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("make app folder: %w", err)
	}
	if cfg.Secrets == nil {
		cfg.Secrets = accounts.DefaultSecrets(cfg.Dir)
	}
	if cfg.HTTP == nil {
		cfg.HTTP = &http.Client{Timeout: 15 * time.Second}
	}
	if cfg.RetryEvery == 0 {
		cfg.RetryEvery = 3 * time.Second
	}
	store, err := accounts.Open(cfg.Dir, cfg.Secrets)
	if err != nil {
		return nil, err
	}
	db, err := localdb.Open(ctx, filepath.Join(cfg.Dir, "local.db"), cfg.Clock)
	if err != nil {
		return nil, err
	}
	a := &App{cfg: cfg, Accounts: store, DB: db, Live: newLive(cfg.Clock), kick: make(chan struct{}, 1)}
	a.Bulk = newBulkJobs(a)
	return a, nil
}

// Start runs the live event stream and the outbox replayer until Stop.
func (a *App) Start(ctx context.Context) {
	a.mu.Lock()
	a.ctx, a.cancel = context.WithCancel(ctx)
	a.mu.Unlock()
	a.wg.Add(1)
	go func() { defer a.wg.Done(); a.replayLoop(a.ctx) }()
	a.restartWatch()
	slog.Info("desktop services started", "dir", a.cfg.Dir)
}

// Stop ends the services and closes the local database.
func (a *App) Stop() {
	a.mu.Lock()
	if a.cancel != nil {
		a.cancel()
	}
	if a.conn != nil && a.conn.stop != nil {
		a.conn.stop()
	}
	a.mu.Unlock()
	a.wg.Wait()
	if err := a.DB.Close(); err != nil {
		slog.Error("close local database", "err", err)
	}
	slog.Info("desktop services stopped")
}
