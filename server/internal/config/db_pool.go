package config

import (
	"fmt"
	"strconv"
)

// maxDBConns is the most PORTAL_DB_MAX_CONNS accepts; PostgreSQL itself
// rarely allows more than a few hundred.
const maxDBConns = 10000

// parseMaxConns reads PORTAL_DB_MAX_CONNS: empty for the default (0), else
// a whole number of connections from 1 to maxDBConns.
func parseMaxConns(raw string) (int, error) {
	if raw == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n < 1 || n > maxDBConns {
		return 0, fmt.Errorf("PORTAL_DB_MAX_CONNS=%q must be a whole number of PostgreSQL connections from 1 to %d (leave it unset for 4 per core, at least 8)", raw, maxDBConns)
	}
	return n, nil
}
