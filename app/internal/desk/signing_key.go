package desk

import (
	"context"
	"fmt"

	"clientportal/shared/api"
)

// SigningKey fetches the certificate that signs the workspace's final
// copies, with the fingerprint the owner can publish; it needs the server.
func (a *App) SigningKey(ctx context.Context) (api.SigningKey, error) {
	c, err := a.Current()
	if err != nil {
		return api.SigningKey{}, err
	}
	k, err := c.Client.SigningKey(ctx)
	a.observe(err)
	if err != nil {
		return api.SigningKey{}, fmt.Errorf("signing key: %w", err)
	}
	return k, nil
}
