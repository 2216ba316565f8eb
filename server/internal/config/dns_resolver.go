package config

import (
	"fmt"
	"net"
	"regexp"
	"strconv"
)

var resolverHost = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$`)

// parseDNSResolver reads PORTAL_DNS_RESOLVER: empty for the system's
// resolver, else host:port of a recursive resolver (an IP or a host name,
// and a port from 1 to 65535; [::1]:53 for IPv6).
func parseDNSResolver(raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	host, port, err := net.SplitHostPort(raw)
	n, perr := strconv.Atoi(port)
	if err != nil || perr != nil || n < 1 || n > 65535 || (net.ParseIP(host) == nil && !resolverHost.MatchString(host)) {
		return "", fmt.Errorf("PORTAL_DNS_RESOLVER=%q must be host:port of a DNS resolver, such as 1.1.1.1:53 or [2606:4700:4700::1111]:53 (leave it unset for the system's resolver)", raw)
	}
	return raw, nil
}
