package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/asn1"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/digitorus/pkcs7"
	"github.com/digitorus/timestamp"

	"clientportal/server/internal/tsatest"
	"clientportal/shared/clock"
	"clientportal/shared/testpdf"
)

// oidTimeStampToken is the unsigned attribute that carries an RFC 3161 token.
var oidTimeStampToken = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 16, 2, 14}

func timestampedSealer(t *testing.T, tsa *tsatest.TSA) *Sealer {
	t.Helper()
	u, err := url.Parse(tsa.URL)
	if err != nil {
		t.Fatal(err)
	}
	return testSealer.WithTimestamps(TimestampAuthority{URL: u})
}

// dumpedSignature is the CMS of the copy's signature as pdfsig extracts it.
func dumpedSignature(t *testing.T, doc []byte) []byte {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "final.pdf")
	if err := os.WriteFile(file, doc, 0o600); err != nil {
		t.Fatal(err)
	}
	if s, err := runTool(t, doc, "pdfsig", "{}"); err != nil || !strings.Contains(s, "Signature is Valid") || !strings.Contains(s, "Total document signed") {
		t.Fatalf("pdfsig does not find a valid signature over the whole timestamped copy (err %v):\n%s", err, s)
	}
	cwd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(cwd)
	if s, err := runTool(t, doc, "pdfsig", "-dump", file); err != nil {
		t.Fatalf("pdfsig -dump: %v\n%s", err, s)
	}
	sig, err := os.ReadFile(file + ".sig0")
	if err != nil {
		t.Fatalf("pdfsig dumped no signature: %v", err)
	}
	return sig
}

// tokenOf finds the timestamp token among the signer's unsigned attributes.
func tokenOf(t *testing.T, cms []byte) (*timestamp.Timestamp, []byte) {
	t.Helper()
	p7, err := pkcs7.Parse(cms)
	if err != nil {
		t.Fatalf("parse the signature's CMS: %v", err)
	}
	if len(p7.Signers) != 1 {
		t.Fatalf("%d signers in the CMS, want 1", len(p7.Signers))
	}
	si := p7.Signers[0]
	for _, a := range si.UnauthenticatedAttributes {
		if a.Type.Equal(oidTimeStampToken) {
			ts, err := timestamp.Parse(a.Value.Bytes)
			if err != nil {
				t.Fatalf("parse the timestamp token: %v", err)
			}
			return ts, si.EncryptedDigest
		}
	}
	t.Fatalf("the signature carries no timestamp token (unsigned attributes %v)", si.UnauthenticatedAttributes)
	return nil, nil
}

func TestATimestampedSealCarriesTheAuthoritysTokenOverTheSignature(t *testing.T) {
	clk := clock.NewOffset()
	clk.Advance(-3 * time.Hour) // the authority's time, unlike the signer's
	tsa := timestampedSealerTSA(t, clk)
	out, err := timestampedSealer(t, tsa).Seal(t.Context(), sealRequest(t, testpdf.Pages(2), "Alice Example"))
	if err != nil {
		t.Fatalf("Seal: %v", err)
	}
	ts, sigValue := tokenOf(t, dumpedSignature(t, out))
	want := clk.Now().UTC().Truncate(time.Second)
	if d := ts.Time.Sub(want); d > 5*time.Second || d < -5*time.Second {
		t.Errorf("the token's time is %s, want the authority's clock %s", ts.Time, want)
	}
	if sum := sha256.Sum256(sigValue); !bytes.Equal(ts.HashedMessage, sum[:]) {
		t.Errorf("the token does not timestamp the signature value")
	}
	if len(ts.Certificates) == 0 || !ts.Certificates[0].Equal(tsa.Certificate) {
		t.Errorf("the token does not carry the authority's certificate")
	}
	res, err := Verify(out)
	if err != nil || !res.Valid || res.Timestamp == nil {
		t.Fatalf("Verify of the timestamped copy: %s, timestamp %+v, %v", res, res.Timestamp, err)
	}
	if !res.Timestamp.Time.Equal(ts.Time) || res.Timestamp.Authority != tsatest.Name {
		t.Errorf("Verify reports timestamp %s by %q, want %s by %q", res.Timestamp.Time, res.Timestamp.Authority, ts.Time, tsatest.Name)
	}
	if res.Fingerprint != Fingerprint(testIdentity(t).Certificate) || len(res.Fingerprint) != 95 {
		t.Errorf("Verify reports fingerprint %q, want the signer certificate's", res.Fingerprint)
	}
}

func timestampedSealerTSA(t *testing.T, clk clock.Clock) *tsatest.TSA { return tsatest.Start(t, clk) }

func TestSealFailsWhenTheTimestampAuthorityIsUnreachable(t *testing.T) {
	tsa := tsatest.Start(t, clock.NewOffset())
	sealer := timestampedSealer(t, tsa)
	tsa.Stop()
	out, err := sealer.Seal(t.Context(), sealRequest(t, testpdf.Pages(1), "Alice"))
	if !errors.Is(err, ErrTimestamp) || out != nil {
		t.Fatalf("Seal with the authority down = %d bytes, %v; want no copy and ErrTimestamp", len(out), err)
	}
	if !strings.Contains(err.Error(), tsa.URL) {
		t.Errorf("the error does not name the authority: %v", err)
	}
	tsa.Resume()
	if _, err := sealer.Seal(t.Context(), sealRequest(t, testpdf.Pages(1), "Alice")); err != nil || tsa.Requests() != 1 {
		t.Fatalf("Seal once the authority is back: %v (%d requests)", err, tsa.Requests())
	}
}
