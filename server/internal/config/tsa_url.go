package config

import (
	"fmt"
	"net/url"
)

// parseTSAURL reads PORTAL_TSA_URL: empty, or an absolute http(s) URL of
// an RFC 3161 timestamp authority.
func parseTSAURL(raw string) (*url.URL, error) {
	if raw == "" {
		return nil, nil
	}
	const want = "must be the http(s) URL of an RFC 3161 timestamp authority, such as https://tsa.example.com/tsr"
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("PORTAL_TSA_URL is not a URL: it %s", want)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return nil, fmt.Errorf("PORTAL_TSA_URL=%q %s", u.Redacted(), want)
	}
	return u, nil
}
