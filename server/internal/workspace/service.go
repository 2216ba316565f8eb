// Package workspace creates workspaces and their owners, authenticates owner
// tokens, resolves which workspace a host belongs to and builds portal URLs.
package workspace

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"

	"clientportal/server/internal/cache"
	"clientportal/server/internal/dnsproof"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/clock"
)

// Service is the workspace domain service.
type Service struct {
	store *store.Store
	base  *url.URL
	clock clock.Clock
	dns   TXTResolver
	hosts *cache.TTL[string, model.Workspace] // Resolve's answers by host
	// zoneFollowers run when a workspace's time zone changes.
	zoneFollowers []func(tx *store.Tx, workspaceID string) error
}

// hostCacheTTL is how long a host's workspace is remembered; any change to
// the workspace, its branding or its domains drops it before that.
const hostCacheTTL = 10 * time.Second

// New returns the service; base is PORTAL_BASE_URL. Custom domains are
// verified through the system's DNS resolver until UseResolver says otherwise.
func New(s *store.Store, base *url.URL, clk clock.Clock) *Service {
	svc := &Service{store: s, base: base, clock: clock.Or(clk), dns: dnsproof.Resolver{}}
	svc.hosts = cache.New[string, model.Workspace](svc.clock, hostCacheTTL, 10_000)
	s.OnInvalidate(func(name string) {
		if name == store.InvalidateAll {
			svc.hosts.Clear()
		} else if id, ok := store.ChangedWorkspace(name); ok {
			svc.hosts.DeleteWhere(func(w model.Workspace) bool { return w.ID == id })
		}
	})
	return svc
}

// BaseHost is the host of PORTAL_BASE_URL without its port.
func (s *Service) BaseHost() string { return strings.ToLower(s.base.Hostname()) }

// Get loads a workspace by id.
func (s *Service) Get(ctx context.Context, id string) (model.Workspace, error) {
	var w model.Workspace
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		w, err = tx.Workspaces().ByID(id)
		return err
	})
	return w, store.Missing(err, "This workspace does not exist.")
}

// Resolve finds the workspace a request's Host belongs to: its default
// <slug>.<base host> or one of its custom domains.
func (s *Service) Resolve(ctx context.Context, hostport string) (model.Workspace, error) {
	host := strings.ToLower(hostOnly(hostport))
	mark := s.hosts.Since()
	if w, ok := s.hosts.Get(host); ok {
		return w, nil
	}
	var w model.Workspace
	err := s.store.View(ctx, func(tx *store.Tx) error {
		if slug, ok := strings.CutSuffix(host, "."+s.BaseHost()); ok && !strings.Contains(slug, ".") {
			var err error
			w, err = tx.Workspaces().BySlug(slug)
			return err
		}
		var err error
		w, err = tx.Workspaces().ByDomain(host)
		return err
	})
	if err == nil {
		s.hosts.PutSince(mark, host, w)
	}
	return w, store.Missing(err, "No portal answers on this address.")
}

// DefaultHost is the workspace's built-in host, <slug>.<base host>[:port].
func (s *Service) DefaultHost(w model.Workspace) string {
	h := w.Slug + "." + s.BaseHost()
	if p := s.base.Port(); p != "" {
		h = net.JoinHostPort(h, p)
	}
	return h
}

// URLFor is the portal URL on the primary custom domain if one is chosen
// and verified, else on the default host (a primary domain that lost its
// proof is kept as the owner's choice but not used until proven again).
func (s *Service) URLFor(w model.Workspace, domains []model.Domain) string {
	for _, d := range domains {
		if d.IsPrimary && d.Verified() {
			return s.base.Scheme + "://" + d.Host
		}
	}
	return s.base.Scheme + "://" + s.DefaultHost(w)
}

// PortalURL loads the domains and returns the workspace's current portal URL.
func (s *Service) PortalURL(ctx context.Context, w model.Workspace) (string, error) {
	var ds []model.Domain
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		ds, err = tx.Domains().List(w.ID)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("portal url of %s: %w", w.ID, err)
	}
	return s.URLFor(w, ds), nil
}

func hostOnly(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return strings.TrimSuffix(hostport, ".")
}
