// Package portal is the client's side: the pages of a workspace's portal,
// their htmx fragments and event streams, login and one-click links, and
// the service's own start page. Handlers render templates for people on a
// phone first.
package portal

import "clientportal/server/internal/web/httpx"

// Server holds the services the portal's handlers use.
type Server struct {
	*httpx.Server
}
