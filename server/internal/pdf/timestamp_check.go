package pdf

import (
	"bytes"
	"crypto/x509"
	"errors"
	"fmt"

	"github.com/digitorus/pkcs7"
	"github.com/digitorus/timestamp"
)

// checkAnswer accepts the authority's reply to q only when its token is
// validly signed by a certificate it carries, chaining to the trust roots
// when there are any, and stamps exactly q's message imprint and nonce.
func (a *timestampAuthority) checkAnswer(q *timestamp.Request, reply []byte) error {
	ts, err := timestamp.ParseResponse(reply)
	if err != nil {
		return fmt.Errorf("the answer is not a valid timestamp: %w", err)
	}
	if len(ts.Certificates) == 0 {
		return errors.New("the token carries no certificate to check its signature against")
	}
	if ts.HashAlgorithm != q.HashAlgorithm || !bytes.Equal(ts.HashedMessage, q.HashedMessage) {
		return errors.New("the token's message imprint does not match the signature")
	}
	if ts.Nonce == nil || ts.Nonce.Cmp(q.Nonce) != 0 {
		return errors.New("the token answers another request (its nonce differs)")
	}
	return a.checkTrust(ts)
}

// checkTrust verifies the token's signing certificate against the trust
// roots, at the token's time, for timestamping.
func (a *timestampAuthority) checkTrust(ts *timestamp.Timestamp) error {
	if a.roots == nil {
		return nil
	}
	p7, err := pkcs7.Parse(ts.RawToken)
	if err != nil {
		return fmt.Errorf("read the token: %w", err)
	}
	chain := x509.NewCertPool()
	for _, c := range p7.Certificates {
		chain.AddCert(c)
	}
	opts := x509.VerifyOptions{Roots: a.roots, Intermediates: chain, CurrentTime: ts.Time,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageTimeStamping}}
	if err := p7.VerifyWithOpts(opts); err != nil {
		return fmt.Errorf("the token's signing certificate is not trusted: %w", err)
	}
	return nil
}
