package pdf

import (
	"bytes"
	"strings"
	"testing"

	"clientportal/shared/testpdf"
)

func TestVerifyAcceptsASealedCopyAndNamesItsSigner(t *testing.T) {
	out := seal(t, sealRequest(t, testpdf.Pages(1), "Alice"))
	res, err := Verify(out)
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if !res.Signed || !res.Valid || !res.CoversWholeFile {
		t.Fatalf("sealed copy not valid: %s (%s)", res, res.Problem)
	}
	if !strings.Contains(res.Subject, "Acme Test Workspace") {
		t.Errorf("subject = %q, want the workspace's certificate", res.Subject)
	}
	want := signedAt
	if !res.SignedAt.Equal(want) {
		t.Errorf("signed at %s, want %s", res.SignedAt, want)
	}
	if !res.Certificate.Equal(testIdentity(t).Certificate) {
		t.Errorf("certificate is not the signing identity's")
	}
}

func TestVerifyFailsWhenAnyByteChanges(t *testing.T) {
	out := seal(t, sealRequest(t, testpdf.Pages(1), "Alice"))
	v, ok := lastByteRange(out)
	if !ok {
		t.Fatalf("no byte range in the sealed copy")
	}
	gapEnd := v[2] - 2 // the signature's zero padding, outside the signed ranges
	for _, i := range []int64{v[1] / 2, v[1] + 5, gapEnd, v[2] + v[3]/2, v[2] + v[3] - 3} {
		changed := bytes.Clone(out)
		changed[i] ^= 0x01
		res, err := Verify(changed)
		if err != nil {
			t.Fatalf("Verify: %v", err)
		}
		if res.Valid || res.Problem == "" {
			t.Errorf("changing byte %d of %d still verifies: %s", i, len(out), res)
		}
	}
}

func TestVerifyFailsWhenContentIsAppendedAfterSigning(t *testing.T) {
	out := seal(t, sealRequest(t, testpdf.Pages(1), "Alice"))
	appended := append(bytes.Clone(out), []byte("\n1 0 obj\n<< >>\nendobj\n%%EOF\n")...)
	res, _ := Verify(appended)
	if res.Valid || res.CoversWholeFile {
		t.Fatalf("appended content still verifies: %s", res)
	}
}

func TestVerifyReportsAnUnsignedPDF(t *testing.T) {
	res, err := Verify(testpdf.Pages(1))
	if err != nil || res.Signed || res.Valid {
		t.Fatalf("unsigned PDF: %s, %v", res, err)
	}
}
