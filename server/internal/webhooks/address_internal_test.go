package webhooks

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"
)

func TestADeliveryNeverConnectsInsideEvenWhenTheAddressWasSavedBefore(t *testing.T) {
	reached := false
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { reached = true }))
	defer srv.Close()
	_, err := newClient(false).Get(srv.URL)
	if !errors.Is(err, errInside) || reached {
		t.Fatalf("posting to %s: %v (reached %v); want it refused before connecting", srv.URL, err, reached)
	}
	if _, err := newClient(true).Get(srv.URL); err != nil || !reached {
		t.Fatalf("with private addresses allowed: %v (reached %v)", err, reached)
	}
}

func TestInsideAddressesAreLoopbackPrivateLinkLocalAndMetadata(t *testing.T) {
	for addr, want := range map[string]bool{"127.0.0.1": true, "::1": true, "10.1.2.3": true, "192.168.0.10": true, "172.16.5.4": true,
		"169.254.169.254": true, "fe80::1": true, "fd00:ec2::254": true, "100.64.0.1": true, "0.0.0.0": true, "::ffff:127.0.0.1": true,
		"93.184.216.34": false, "2606:4700::1111": false} {
		if got := inside(netip.MustParseAddr(addr)); got != want {
			t.Errorf("inside(%s) = %v, want %v", addr, got, want)
		}
	}
}
