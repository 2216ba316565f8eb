package desk

import (
	"context"
	"fmt"
	"time"

	"clientportal/shared/api"
)

const snapPortal = "portal"

// Fresh says whether data came from the server now or from the local copy.
type Fresh struct {
	Offline bool
	SavedAt time.Time
}

// observe records whether a call reached the server.
func (a *App) observe(err error) {
	switch {
	case err == nil:
		a.Live.SetOnline(true, "")
	case Unreachable(err):
		a.Live.SetOnline(false, UserMessage(err))
	}
}

// Portal fetches the portal URL, domains and counts, or the last copy when offline.
func (a *App) Portal(ctx context.Context) (api.Portal, Fresh, error) {
	c, err := a.Current()
	if err != nil {
		return api.Portal{}, Fresh{}, err
	}
	p, err := c.Client.Portal(ctx)
	a.observe(err)
	if err == nil {
		_ = a.DB.SaveSnapshot(ctx, c.Account.ID, snapPortal, p)
		return p, Fresh{}, nil
	}
	if !Unreachable(err) {
		return api.Portal{}, Fresh{}, fmt.Errorf("load portal: %w", err)
	}
	at, ok, lerr := a.DB.LoadSnapshot(ctx, c.Account.ID, snapPortal, &p)
	if lerr != nil || !ok {
		return api.Portal{}, Fresh{}, fmt.Errorf("load portal: %w", err)
	}
	return p, Fresh{Offline: true, SavedAt: at}, nil
}

// AddDomain adds a custom domain to the portal.
func (a *App) AddDomain(ctx context.Context, host string) (api.Portal, error) {
	c, err := a.Current()
	if err != nil {
		return api.Portal{}, err
	}
	p, err := c.Client.AddDomain(ctx, host)
	a.observe(err)
	if err == nil {
		_ = a.DB.SaveSnapshot(ctx, c.Account.ID, snapPortal, p)
	}
	return p, err
}

// SetPrimaryDomain makes host the domain of the portal URL and of every link sent.
func (a *App) SetPrimaryDomain(ctx context.Context, host string) (api.Portal, error) {
	c, err := a.Current()
	if err != nil {
		return api.Portal{}, err
	}
	p, err := c.Client.SetPrimaryDomain(ctx, host)
	a.observe(err)
	if err == nil {
		_ = a.DB.SaveSnapshot(ctx, c.Account.ID, snapPortal, p)
		a.Live.Changed("")
	}
	return p, err
}

// SavedClock is the time of day the offline copy was saved.
func (f Fresh) SavedClock() string { return f.SavedAt.Local().Format("15:04:05") }
