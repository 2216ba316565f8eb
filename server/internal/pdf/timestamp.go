package pdf

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/digitorus/timestamp"
)

// ErrTimestamp is a final copy that could not be sealed because the
// timestamp authority gave no timestamp (unreachable, refusing, or garbled).
var ErrTimestamp = errors.New("the timestamp authority gave no timestamp")

// DefaultTimestampTimeout is how long one request to the timestamp
// authority may take when TimestampAuthority.Timeout is zero.
const DefaultTimestampTimeout = 30 * time.Second

// TimestampAuthority is the RFC 3161 service whose token joins every
// signature (PAdES B-T), and what its answers must prove.
type TimestampAuthority struct {
	URL     *url.URL       // where requests go; credentials in it are sent as HTTP basic authentication
	Timeout time.Duration  // how long one request may take; 0 = DefaultTimestampTimeout
	Roots   *x509.CertPool // the token's signing certificate must chain to one of these; nil = any valid signature
}

// timestampAuthority is a TimestampAuthority made ready for requests.
type timestampAuthority struct {
	url, username, password string
	timeout                 time.Duration
	roots                   *x509.CertPool
	client                  *http.Client
}

// WithTimestamps returns a sealer sharing s's fonts whose signatures carry
// an RFC 3161 timestamp from tsa; a tsa without URL signs without.
func (s *Sealer) WithTimestamps(tsa TimestampAuthority) *Sealer {
	out := &Sealer{fonts: s.fonts, catalog: s.catalog}
	if tsa.URL == nil {
		return out
	}
	u := *tsa.URL
	a := &timestampAuthority{timeout: tsa.Timeout, roots: tsa.Roots}
	if a.timeout <= 0 {
		a.timeout = DefaultTimestampTimeout
	}
	if u.User != nil {
		a.username = u.User.Username()
		a.password, _ = u.User.Password()
		u.User = nil
	}
	a.url = u.String()
	a.client = &http.Client{Timeout: a.timeout}
	out.tsa = a
	return out
}

// Timestamp is the RFC 3161 timestamp inside a signature: when a trusted
// third party saw the signature, and who it is.
type Timestamp struct {
	Time      time.Time
	Authority string            // the authority certificate's name
	Cert      *x509.Certificate // the authority's certificate, when the token carries it
}

// timestampOf reads the timestamp token of a verified signature.
func timestampOf(ts *timestamp.Timestamp) *Timestamp {
	if ts == nil {
		return nil
	}
	out := &Timestamp{Time: ts.Time.UTC()}
	for _, c := range ts.Certificates {
		if hasEKU(c, x509.ExtKeyUsageTimeStamping) || out.Cert == nil {
			out.Cert = c
		}
	}
	if out.Cert != nil {
		out.Authority = certName(out.Cert)
	}
	return out
}

func hasEKU(c *x509.Certificate, want x509.ExtKeyUsage) bool {
	for _, u := range c.ExtKeyUsage {
		if u == want {
			return true
		}
	}
	return false
}

// certName is a certificate's common name, or its whole subject.
func certName(c *x509.Certificate) string {
	if c.Subject.CommonName != "" {
		return c.Subject.CommonName
	}
	return c.Subject.String()
}

// Fingerprint is the SHA-256 of a certificate's DER bytes as people compare
// it: upper-case hex pairs joined by colons.
func Fingerprint(c *x509.Certificate) string {
	if c == nil {
		return ""
	}
	sum := sha256.Sum256(c.Raw)
	h := strings.ToUpper(hex.EncodeToString(sum[:]))
	pairs := make([]string, 0, len(sum))
	for i := 0; i < len(h); i += 2 {
		pairs = append(pairs, h[i:i+2])
	}
	return strings.Join(pairs, ":")
}
