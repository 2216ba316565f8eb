package api

import (
	"clientportal/server/internal/documents"
	"clientportal/server/internal/model"
)

// SigningKeyJSON is the workspace's signing certificate, as GET and PUT
// /api/v1/documents/signing-key answer.
type SigningKeyJSON struct {
	Kind              string `json:"kind"`
	Subject           string `json:"subject"`
	NotAfter          string `json:"not_after"`
	FingerprintSHA256 string `json:"fingerprint_sha256"`
}

func signingKeyJSON(k model.SigningKey) (SigningKeyJSON, error) {
	fp, err := documents.Fingerprint(k)
	return SigningKeyJSON{Kind: k.Kind, Subject: k.Subject, NotAfter: k.NotAfter.Format("2006-01-02T15:04:05Z"), FingerprintSHA256: fp}, err
}
