package httpx_test

import (
	"io"
	"net/http/httptest"
	"testing"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// clientIPOf answers a request with the given X-Forwarded-For through
// ClientAddress(trusted) and returns the address it found. app.Test's peer
// is 0.0.0.0.
func clientIPOf(t *testing.T, trusted []string, forwarded string) string {
	t.Helper()
	app := fiber.New()
	app.Use(httpx.ClientAddress(trusted))
	app.Get("/", func(c *fiber.Ctx) error { return c.SendString(httpx.ClientIP(c)) })
	req := httptest.NewRequest("GET", "/", nil)
	if forwarded != "" {
		req.Header.Set("X-Forwarded-For", forwarded)
	}
	res, err := app.Test(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	return string(b)
}

func TestTheClientAddressIsTheRightMostHopThatIsNotATrustedProxy(t *testing.T) {
	for _, tc := range []struct {
		name, forwarded string
		trusted         []string
		want            string
	}{
		{"no proxy trusted: the header is ignored", "203.0.113.9", nil, "0.0.0.0"},
		{"one trusted proxy", "203.0.113.9", []string{"0.0.0.0"}, "203.0.113.9"},
		{"a client-written entry on the left proves nothing", "1.2.3.4, 203.0.113.9", []string{"0.0.0.0"}, "203.0.113.9"},
		{"a chain of trusted proxies is walked", "203.0.113.9, 10.9.9.5", []string{"0.0.0.0", "10.0.0.0/8"}, "203.0.113.9"},
		{"garbage ends the walk at the last real address", "203.0.113.9, not-an-ip, 10.9.9.5", []string{"0.0.0.0", "10.0.0.0/8"}, "10.9.9.5"},
		{"IPv6 entries", "2001:db8::7", []string{"0.0.0.0"}, "2001:db8::7"},
		{"a trusted proxy without the header", "", []string{"0.0.0.0"}, "0.0.0.0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := clientIPOf(t, tc.trusted, tc.forwarded); got != tc.want {
				t.Errorf("X-Forwarded-For %q with trusted %v: client %q, want %q", tc.forwarded, tc.trusted, got, tc.want)
			}
		})
	}
}
