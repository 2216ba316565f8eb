package config

import (
	"strings"
	"testing"
)

func TestTheDNSResolverIsTheSystemsUnlessAHostAndPortIsGiven(t *testing.T) {
	for raw, want := range map[string]string{"": "", "127.0.0.1:5353": "127.0.0.1:5353", " [::1]:53 ": "[::1]:53", "dns.example.net:53": "dns.example.net:53"} {
		c, err := Load(env(map[string]string{"PORTAL_DNS_RESOLVER": raw}))
		if err != nil || c.DNSResolver != want {
			t.Errorf("PORTAL_DNS_RESOLVER=%q gave %q (%v), want %q", raw, c.DNSResolver, err, want)
		}
	}
}

func TestABadDNSResolverIsRefusedNamingTheVariable(t *testing.T) {
	for _, raw := range []string{"1.1.1.1", "1.1.1.1:0", "1.1.1.1:65536", "1.1.1.1:dns", ":53", "udp://1.1.1.1:53", "bad host:53"} {
		_, err := Load(env(map[string]string{"PORTAL_DNS_RESOLVER": raw}))
		if err == nil || !strings.Contains(err.Error(), "PORTAL_DNS_RESOLVER") || !strings.Contains(err.Error(), raw) {
			t.Errorf("PORTAL_DNS_RESOLVER=%q: want an error naming the variable and the value, got %v", raw, err)
		}
	}
}
