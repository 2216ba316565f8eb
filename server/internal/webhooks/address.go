package webhooks

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"
)

// errInside refuses an address inside the server's own network.
var errInside = errors.New("the address points inside the server's network (loopback, private, link-local or cloud metadata)")

// carrierNAT is shared address space (RFC 6598), as inside as private space.
var carrierNAT = netip.MustParsePrefix("100.64.0.0/10")

// inside reports whether ip is one a webhook must not reach.
func inside(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsMulticast() ||
		ip.IsUnspecified() || ip.IsInterfaceLocalMulticast() || carrierNAT.Contains(ip)
}

// checkURL says what is wrong with a webhook address, or "": it must be
// http(s) and, unless allowed, resolve only to public addresses.
func (s *Service) checkURL(ctx context.Context, raw string) string {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Hostname() == "" || u.User != nil {
		return "Use an http:// or https:// address without a user name, like https://example.com/hooks/portal."
	}
	if len(raw) > 2000 {
		return "Keep the address under 2,000 characters."
	}
	if s.allowPrivate {
		return ""
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	ips, err := net.DefaultResolver.LookupNetIP(ctx, "ip", u.Hostname())
	if err != nil || len(ips) == 0 {
		return fmt.Sprintf("The host %s cannot be found.", u.Hostname())
	}
	for _, ip := range ips {
		if inside(ip) {
			return "This address points inside the server's network (loopback, private, link-local or metadata addresses are refused)."
		}
	}
	return ""
}

// newClient posts with a 10 s limit, follows no redirects and, unless
// allowed, refuses at connect time any address inside, whatever DNS said
// when the webhook was saved.
func newClient(allowPrivate bool) *http.Client {
	d := &net.Dialer{Timeout: Timeout}
	if !allowPrivate {
		d.Control = func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil || inside(ap.Addr()) {
				return errInside
			}
			return nil
		}
	}
	return &http.Client{Timeout: Timeout, Transport: &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 4},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}
