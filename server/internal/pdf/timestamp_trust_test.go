package pdf

import (
	"crypto/x509"
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/tsatest"
	"clientportal/shared/clock"
	"clientportal/shared/testpdf"
)

// sealerAt is a sealer timestamping at tsa with a short timeout and the
// given trust roots (nil: any valid token).
func sealerAt(t *testing.T, tsa *tsatest.TSA, roots ...*x509.Certificate) *Sealer {
	t.Helper()
	u, err := url.Parse(tsa.URL)
	if err != nil {
		t.Fatal(err)
	}
	a := TimestampAuthority{URL: u, Timeout: 300 * time.Millisecond}
	if len(roots) > 0 {
		a.Roots = x509.NewCertPool()
		for _, c := range roots {
			a.Roots.AddCert(c)
		}
	}
	return testSealer.WithTimestamps(a)
}

// sealOrHang seals one page for Alice, failing the test rather than waiting
// without end when the seal never returns.
func sealOrHang(t *testing.T, s *Sealer) ([]byte, error) {
	t.Helper()
	type result struct {
		out []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, err := s.Seal(t.Context(), sealRequest(t, testpdf.Pages(1), "Alice"))
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		return r.out, r.err
	case <-time.After(2 * time.Minute):
		t.Fatal("Seal is still waiting for the timestamp authority after two minutes")
		return nil, nil
	}
}

// refused checks that a seal gave no copy and failed for want of a timestamp
// with a reason that says why.
func refused(t *testing.T, out []byte, err error, tsa *tsatest.TSA, why string) {
	t.Helper()
	if !errors.Is(err, ErrTimestamp) || out != nil {
		t.Fatalf("Seal = %d bytes, %v; want no copy and ErrTimestamp", len(out), err)
	}
	if !strings.Contains(err.Error(), tsa.URL) || !strings.Contains(err.Error(), why) {
		t.Errorf("the error does not name the authority and say %q: %v", why, err)
	}
}

func TestSealGivesUpOnATimestampAuthorityThatNeverAnswers(t *testing.T) {
	tsa := tsatest.Start(t, clock.NewOffset())
	sealer := sealerAt(t, tsa)
	tsa.Hang()
	out, err := sealOrHang(t, sealer)
	refused(t, out, err, tsa, "no answer within 300ms")
	tsa.Answer()
	if out, err := sealOrHang(t, sealer); err != nil || tsa.Requests() != 1 {
		t.Fatalf("Seal once the authority answers again: %v (%d answered)", err, tsa.Requests())
	} else if res, _ := Verify(out); res.Timestamp == nil {
		t.Errorf("the copy made once the authority answers carries no timestamp")
	}
}

func TestATimestampOverOtherDataThanTheSignatureIsRefused(t *testing.T) {
	tsa := tsatest.Start(t, clock.NewOffset())
	tsa.Forge()
	out, err := sealOrHang(t, sealerAt(t, tsa))
	refused(t, out, err, tsa, "message imprint does not match the signature")
}

func TestATimestampSignedOutsideTheTrustRootsIsRefusedAndOneInsideIsEmbedded(t *testing.T) {
	tsa, stranger := tsatest.Start(t, clock.NewOffset()), tsatest.Start(t, clock.NewOffset())
	out, err := sealOrHang(t, sealerAt(t, tsa, stranger.Certificate))
	refused(t, out, err, tsa, "signing certificate is not trusted")

	out, err = sealOrHang(t, sealerAt(t, tsa, stranger.Certificate, tsa.Certificate))
	if err != nil {
		t.Fatalf("Seal with the authority among the trust roots: %v", err)
	}
	if res, err := Verify(out); err != nil || !res.Valid || res.Timestamp == nil || res.Timestamp.Authority != tsatest.Name {
		t.Errorf("the copy timestamped by a trusted authority: %s, timestamp %+v (%v)", res, res.Timestamp, err)
	}
}
