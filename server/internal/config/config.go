// Package config reads the portal server's settings from the environment.
package config

import (
	"crypto/x509"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Config holds every setting of the portal server.
type Config struct {
	Addr        string   // PORTAL_ADDR: where the HTTP server listens
	BaseURL     *url.URL // PORTAL_BASE_URL: workspaces answer on <slug>.<its host>
	DataDir     string   // PORTAL_DATA_DIR: SQLite file, pdf config, keys
	DatabaseURL string   // PORTAL_DATABASE_URL: empty = SQLite, postgres://… = PostgreSQL
	DBMaxConns  int      // PORTAL_DB_MAX_CONNS: PostgreSQL connections this instance opens at most; 0 = 4 per core, at least 8
	SMTPURL     *url.URL // PORTAL_SMTP_URL: empty = development mailbox
	// StripeAPIURL (PORTAL_STRIPE_API_URL) is where every Stripe call goes.
	StripeAPIURL string
	// SMSURL (PORTAL_SMS_URL) is the text message provider:
	// twilio://SID:TOKEN@api.twilio.com?from=%2B15550001111; empty = development outbox.
	SMSURL *url.URL
	// TrustedProxies (PORTAL_TRUSTED_PROXIES, comma-separated IPs or CIDRs)
	// may set X-Forwarded-For; requests from anyone else are taken as they come.
	TrustedProxies []string
	// SecretKey (PORTAL_SECRET_KEY or PORTAL_SECRET_KEY_FILE, hex or base64,
	// at least 32 bytes) signs form tokens and seals the secrets kept in the
	// database; when unset, EnsureSecretKey keeps one in the data folder.
	SecretKey Secret
	// DNSResolver (PORTAL_DNS_RESOLVER, host:port) answers the TXT questions
	// that verify custom domains; empty = the system's (/etc/resolv.conf).
	DNSResolver string
	// TSAURL (PORTAL_TSA_URL, an http(s) URL, credentials allowed) is the
	// RFC 3161 timestamp authority whose timestamp every final copy's
	// signature carries; nil signs without a timestamp.
	TSAURL *url.URL
	// TSATimeout (PORTAL_TSA_TIMEOUT, default 30s) is how long one request
	// to the timestamp authority may take before the sealing attempt fails.
	TSATimeout time.Duration
	// TSARoots (PORTAL_TSA_ROOTS, a PEM file) are the certificates a
	// timestamp token's signer must chain to; nil accepts any valid token.
	TSARoots *x509.CertPool
	// WebhooksAllowPrivate (PORTAL_WEBHOOKS_ALLOW_PRIVATE) lets webhooks post
	// to loopback, private and link-local addresses.
	WebhooksAllowPrivate bool
}

// Lookup reads one variable; os.LookupEnv in production, a map in tests.
type Lookup func(key string) (string, bool)

// FromEnv reads the configuration from the process environment.
func FromEnv() (Config, error) { return Load(os.LookupEnv) }

// Load reads and validates the configuration, naming the variable that is wrong.
func Load(get Lookup) (Config, error) {
	c := Config{
		Addr:        value(get, "PORTAL_ADDR", "127.0.0.1:8080"),
		DataDir:     value(get, "PORTAL_DATA_DIR", "./data"),
		DatabaseURL: value(get, "PORTAL_DATABASE_URL", ""),
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return c, fmt.Errorf("PORTAL_ADDR=%q is not host:port: %w", c.Addr, err)
	}
	base, err := parseBaseURL(value(get, "PORTAL_BASE_URL", "http://localhost:8080"))
	if err != nil {
		return c, err
	}
	c.BaseURL = base
	if c.DatabaseURL != "" && !strings.HasPrefix(c.DatabaseURL, "postgres://") && !strings.HasPrefix(c.DatabaseURL, "postgresql://") {
		return c, fmt.Errorf("PORTAL_DATABASE_URL must be empty (SQLite in PORTAL_DATA_DIR) or a postgres:// URL, got %q", redact(c.DatabaseURL))
	}
	if c.DBMaxConns, err = parseMaxConns(value(get, "PORTAL_DB_MAX_CONNS", "")); err != nil {
		return c, err
	}
	if c.SMTPURL, err = parseSMTPURL(value(get, "PORTAL_SMTP_URL", "")); err != nil {
		return c, err
	}
	if c.SMSURL, err = parseSMSURL(value(get, "PORTAL_SMS_URL", "")); err != nil {
		return c, err
	}
	if c.StripeAPIURL, err = parseStripeURL(value(get, "PORTAL_STRIPE_API_URL", DefaultStripeAPIURL)); err != nil {
		return c, err
	}
	if c.TrustedProxies, err = parseProxies(value(get, "PORTAL_TRUSTED_PROXIES", "")); err != nil {
		return c, err
	}
	if c.SecretKey, err = secretKeyFromEnv(get); err != nil {
		return c, err
	}
	if c.TSAURL, err = parseTSAURL(value(get, "PORTAL_TSA_URL", "")); err != nil {
		return c, err
	}
	if c.TSATimeout, err = parseTSATimeout(value(get, "PORTAL_TSA_TIMEOUT", "30s")); err != nil {
		return c, err
	}
	if c.TSARoots, err = parseTSARoots(value(get, "PORTAL_TSA_ROOTS", "")); err != nil {
		return c, err
	}
	if c.DNSResolver, err = parseDNSResolver(value(get, "PORTAL_DNS_RESOLVER", "")); err != nil {
		return c, err
	}
	if c.WebhooksAllowPrivate, err = parseAllowPrivate(value(get, "PORTAL_WEBHOOKS_ALLOW_PRIVATE", "")); err != nil {
		return c, err
	}
	if c.DataDir, err = filepath.Abs(c.DataDir); err != nil {
		return c, fmt.Errorf("PORTAL_DATA_DIR=%q: %w", c.DataDir, err)
	}
	return c, nil
}

func value(get Lookup, key, def string) string {
	if v, ok := get(key); ok && strings.TrimSpace(v) != "" {
		return strings.TrimSpace(v)
	}
	if file, ok := get(key + "_FILE"); ok && file != "" {
		if b, err := os.ReadFile(file); err == nil {
			return strings.TrimSpace(string(b))
		}
	}
	return def
}

func parseBaseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return nil, fmt.Errorf("PORTAL_BASE_URL=%q must be an absolute http(s) URL such as http://localhost:8080", raw)
	}
	if u.Path != "" && u.Path != "/" {
		return nil, fmt.Errorf("PORTAL_BASE_URL=%q must not have a path", raw)
	}
	u.Path = ""
	return u, nil
}

func parseSMTPURL(raw string) (*url.URL, error) {
	if raw == "" {
		return nil, nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "smtp" && u.Scheme != "smtps") || u.Hostname() == "" || u.Port() == "" {
		return nil, fmt.Errorf("PORTAL_SMTP_URL=%q must look like smtp://user:pass@host:port", redact(raw))
	}
	return u, nil
}

func parseProxies(raw string) ([]string, error) {
	var out []string
	for _, p := range strings.Split(raw, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if _, _, err := net.ParseCIDR(p); err != nil && net.ParseIP(p) == nil {
			return nil, fmt.Errorf("PORTAL_TRUSTED_PROXIES: %q is not an IP address or CIDR range", p)
		}
		out = append(out, p)
	}
	return out, nil
}

// redact hides a password in a URL before it is shown in an error.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	return u.Redacted()
}

// SQLitePath is the database file used when no PostgreSQL URL is set.
func (c Config) SQLitePath() string { return filepath.Join(c.DataDir, "portal.db") }

// DevMailbox reports whether mail stays in the development mailbox.
func (c Config) DevMailbox() bool { return c.SMTPURL == nil }
