package desk

import (
	"context"

	"clientportal/shared/api"
)

// StripeSettings shows whether the workspace takes payments with Stripe.
func (a *App) StripeSettings(ctx context.Context) (api.StripeSettings, error) {
	c, err := a.Current()
	if err != nil {
		return api.StripeSettings{}, err
	}
	s, err := c.Client.StripeSettings(ctx)
	a.observe(err)
	return s, err
}

// ConnectStripe stores the workspace's Stripe keys; it needs the server.
func (a *App) ConnectStripe(ctx context.Context, k api.StripeKeys) (api.StripeSettings, error) {
	c, err := a.Current()
	if err != nil {
		return api.StripeSettings{}, err
	}
	s, err := c.Client.ConnectStripe(ctx, k)
	a.observe(err)
	return s, err
}

// DisconnectStripe forgets the workspace's Stripe keys; it needs the server.
func (a *App) DisconnectStripe(ctx context.Context) (api.StripeSettings, error) {
	c, err := a.Current()
	if err != nil {
		return api.StripeSettings{}, err
	}
	s, err := c.Client.DisconnectStripe(ctx)
	a.observe(err)
	return s, err
}
