// Package api is the owner JSON API under /api/v1: the desktop app, scripts
// and integrations call it with a workspace's bearer token. Handlers parse
// JSON, call a domain service and answer with the shared/api shapes.
package api

import "clientportal/server/internal/web/httpx"

// Server holds the services the API's handlers use.
type Server struct {
	*httpx.Server
}
