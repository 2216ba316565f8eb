package desk

import (
	"context"
	"fmt"

	"clientportal/shared/api"
)

// VerifyDomain asks the server to look for the domain's TXT record now. It
// answers the verified domain, or the server's refusal (422 saying what the
// resolver saw); either way the portal is read again, so its card shows the
// latest check.
func (a *App) VerifyDomain(ctx context.Context, host string) (api.Domain, api.Portal, error) {
	c, err := a.Current()
	if err != nil {
		return api.Domain{}, api.Portal{}, err
	}
	d, err := c.Client.VerifyDomain(ctx, host)
	a.observe(err)
	if err != nil && Unreachable(err) {
		return d, api.Portal{}, fmt.Errorf("verify %s: %w", host, err)
	}
	p, perr := c.Client.Portal(ctx)
	if perr == nil {
		_ = a.DB.SaveSnapshot(ctx, c.Account.ID, snapPortal, p)
	}
	if err != nil {
		return d, p, err
	}
	return d, p, perr
}

// domainNotice says what a domain's verification event means for the owner.
func domainNotice(e api.Event) string {
	host := firstString(e.Data, "host")
	if e.Type == api.EventDomainVerified {
		return host + " is verified: the portal answers there"
	}
	return host + " lost its DNS proof and shows no portal until it is verified again"
}
