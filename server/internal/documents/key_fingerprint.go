package documents

import (
	"crypto/x509"
	"encoding/pem"
	"fmt"

	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
)

// Fingerprint is the SHA-256 fingerprint of a signing key's certificate,
// which the owner publishes so that anyone can recognise the final copies'
// signature (the verify page shows the same).
func Fingerprint(k model.SigningKey) (string, error) {
	block, _ := pem.Decode([]byte(k.CertPEM))
	if block == nil {
		return "", fmt.Errorf("signing key of workspace %s: no certificate in PEM", k.WorkspaceID)
	}
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		return "", fmt.Errorf("signing key of workspace %s: %w", k.WorkspaceID, err)
	}
	return pdf.Fingerprint(cert), nil
}
