package api

import (
	"context"
	"net/http"
	"net/url"
)

// Verification is the DNS record that proves a workspace controls a
// custom domain: a TXT record Name with the value Value.
type Verification struct {
	Name  string `json:"name"`  // _clientportal-challenge.<host>
	Type  string `json:"type"`  // TXT
	Value string `json:"value"` // the claim's own token
}

// The events of a custom domain's proof.
const (
	// EventDomainVerified: the domain's TXT record was seen; it serves the portal. Data: host.
	EventDomainVerified = "domain.verified"
	// EventDomainUnverified: a verified domain's record stayed missing; it serves
	// nothing until verified again. Data: host, seen (what the resolver answered).
	EventDomainUnverified = "domain.unverified"
)

// VerifyDomain asks the server to look for the domain's TXT record now. It
// answers the domain when the record is there; an *Error with status 422
// (its message and Fields["verification"] saying what the resolver saw)
// when it is missing or wrong.
func (c *Client) VerifyDomain(ctx context.Context, host string) (Domain, error) {
	var d Domain
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/portal/domains/" + url.PathEscape(host) + "/verify"}, &d)
	return d, err
}
