package config

import (
	"fmt"
	"net/url"
	"strings"
)

// DefaultStripeAPIURL is where Stripe's API answers.
const DefaultStripeAPIURL = "https://api.stripe.com"

// parseStripeURL reads PORTAL_STRIPE_API_URL: Stripe's API or a stand-in
// for it (Stripe's API simulator in tests), http(s) with a host, no query.
func parseStripeURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("PORTAL_STRIPE_API_URL=%q is not an http(s) address such as %s", raw, DefaultStripeAPIURL)
	}
	return strings.TrimRight(u.String(), "/"), nil
}
