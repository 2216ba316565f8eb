package config

import (
	"fmt"
	"strconv"
)

// parseAllowPrivate reads PORTAL_WEBHOOKS_ALLOW_PRIVATE: true lets webhooks
// post to loopback and private addresses (tests, on-premise receivers).
func parseAllowPrivate(raw string) (bool, error) {
	if raw == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(raw)
	if err != nil {
		return false, fmt.Errorf("PORTAL_WEBHOOKS_ALLOW_PRIVATE=%q must be true or false", raw)
	}
	return b, nil
}
