package pdf

import (
	"strings"
	"testing"

	"clientportal/shared/testpdf"

	"software.sslmate.com/src/go-pkcs12"
)

func TestLoadPKCS12ReadsAnUploadedIdentityThatSigns(t *testing.T) {
	id := testIdentity(t)
	p12, err := pkcs12.Modern.Encode(id.Key, id.Certificate, nil, "s3cret")
	if err != nil {
		t.Fatalf("encode PKCS#12: %v", err)
	}
	loaded, err := LoadPKCS12(p12, "s3cret")
	if err != nil {
		t.Fatalf("LoadPKCS12: %v", err)
	}
	req := sealRequest(t, testpdf.Pages(1), "Alice")
	req.Identity = loaded
	res, err := Verify(seal(t, req))
	if err != nil || !res.Valid || !strings.Contains(res.Subject, "Acme Test Workspace") {
		t.Fatalf("copy signed with the PKCS#12 identity: %s, %v", res, err)
	}
	if _, err := LoadPKCS12(p12, "wrong"); err == nil {
		t.Errorf("a wrong PKCS#12 password was accepted")
	}
}

func TestLoadPEMRefusesAKeyOfAnotherCertificate(t *testing.T) {
	certPEM, _, err := NewSelfSignedCertificate("One", signedAt)
	if err != nil {
		t.Fatal(err)
	}
	_, otherKey, err := NewSelfSignedCertificate("Two", signedAt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := LoadPEM(certPEM, otherKey); err == nil {
		t.Fatalf("LoadPEM accepted a key that does not match the certificate")
	}
}
