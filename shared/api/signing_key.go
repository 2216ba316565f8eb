package api

import (
	"context"
	"net/http"
	"time"
)

// SigningKey is the certificate that signs a workspace's final copies.
type SigningKey struct {
	Kind     string    `json:"kind"` // "self_signed" or "uploaded"
	Subject  string    `json:"subject"`
	NotAfter time.Time `json:"not_after"`
	// FingerprintSHA256 is the certificate's SHA-256 as upper-case hex pairs
	// joined by colons; the verify page shows the same, so the owner can
	// publish it for anyone to recognise the signature.
	FingerprintSHA256 string `json:"fingerprint_sha256"`
}

// SigningKey fetches the workspace's signing certificate (made the first
// time it is asked for).
func (c *Client) SigningKey(ctx context.Context) (SigningKey, error) {
	var k SigningKey
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/documents/signing-key"}, &k)
	return k, err
}
