package pdf

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"net/url"
	"strings"
	"time"

	"github.com/digitorus/pdfsign/sign"
	"github.com/digitorus/timestamp"
)

// ErrTimestamp is a final copy that could not be sealed because the
// timestamp authority gave no timestamp (unreachable, refusing, or garbled).
var ErrTimestamp = errors.New("the timestamp authority gave no timestamp")

// timestampAuthority is the RFC 3161 service whose token joins every
// signature (PAdES B-T).
type timestampAuthority struct {
	url, username, password string
}

// WithTimestamps returns a sealer sharing s's fonts whose signatures carry
// an RFC 3161 timestamp from the authority at tsa; a nil tsa signs without.
// Credentials in the URL are sent as HTTP basic authentication.
func (s *Sealer) WithTimestamps(tsa *url.URL) *Sealer {
	out := &Sealer{fonts: s.fonts}
	if tsa == nil {
		return out
	}
	u := *tsa
	out.tsa = &timestampAuthority{}
	if u.User != nil {
		out.tsa.username = u.User.Username()
		out.tsa.password, _ = u.User.Password()
		u.User = nil
	}
	out.tsa.url = u.String()
	return out
}

// options are pdfsign's settings for the authority; none for nil.
func (a *timestampAuthority) options() sign.TSA {
	if a == nil {
		return sign.TSA{}
	}
	return sign.TSA{URL: a.url, Username: a.username, Password: a.password}
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
