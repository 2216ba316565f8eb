package httpx

import (
	"net/netip"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// clientIPKey is where ClientAddress keeps the request's client address.
const clientIPKey = "client_ip"

// ClientAddress works out who sent the request, once: the peer's address,
// or, when the peer is a trusted proxy, the right-most X-Forwarded-For
// entry that is not itself a trusted proxy (entries further left were
// written by the client and prove nothing). An entry that is not an IP
// address ends the walk at the last address that was.
func ClientAddress(trusted []string) fiber.Handler {
	nets := proxyNets(trusted)
	return func(c *fiber.Ctx) error {
		ip, ok := parseAddr(c.Context().RemoteIP().String())
		if ok && isTrusted(ip, nets) {
			hops := strings.Split(string(c.Request().Header.Peek(fiber.HeaderXForwardedFor)), ",")
			for i := len(hops) - 1; i >= 0; i-- {
				hop, valid := parseAddr(hops[i])
				if !valid {
					break
				}
				ip = hop
				if !isTrusted(hop, nets) {
					break
				}
			}
		}
		c.Locals(clientIPKey, ip.String())
		return c.Next()
	}
}

// ClientIP is the request's client address as ClientAddress found it.
func ClientIP(c *fiber.Ctx) string {
	if ip, ok := c.Locals(clientIPKey).(string); ok && ip != "" {
		return ip
	}
	return c.Context().RemoteIP().String()
}

func parseAddr(s string) (netip.Addr, bool) {
	a, err := netip.ParseAddr(strings.TrimSpace(s))
	return a.Unmap(), err == nil
}

// proxyNets reads PORTAL_TRUSTED_PROXIES entries (addresses or CIDR
// ranges, already checked by the configuration).
func proxyNets(trusted []string) []netip.Prefix {
	var out []netip.Prefix
	for _, t := range trusted {
		if p, err := netip.ParsePrefix(t); err == nil {
			out = append(out, p.Masked())
		} else if a, ok := parseAddr(t); ok {
			out = append(out, netip.PrefixFrom(a, a.BitLen()))
		}
	}
	return out
}

func isTrusted(ip netip.Addr, nets []netip.Prefix) bool {
	for _, n := range nets {
		if n.Contains(ip) {
			return true
		}
	}
	return false
}
