package config

import (
	"crypto/x509"
	"fmt"
	"net/url"
	"os"
	"time"
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

// parseTSATimeout reads PORTAL_TSA_TIMEOUT: how long one request to the
// timestamp authority may take, a positive Go duration such as 30s.
func parseTSATimeout(raw string) (time.Duration, error) {
	d, err := time.ParseDuration(raw)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("PORTAL_TSA_TIMEOUT=%q must be a positive duration such as 30s", raw)
	}
	return d, nil
}

// parseTSARoots reads PORTAL_TSA_ROOTS: empty, or the path of a PEM file of
// the certificates a timestamp token's signing certificate must chain to.
func parseTSARoots(path string) (*x509.CertPool, error) {
	if path == "" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("PORTAL_TSA_ROOTS: cannot read the certificates file: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(data) {
		return nil, fmt.Errorf("PORTAL_TSA_ROOTS=%q holds no PEM certificate", path)
	}
	return pool, nil
}
