package api

// SigningKeyJSON is the answer of PUT /api/v1/documents/signing-key.
type SigningKeyJSON struct {
	Kind     string `json:"kind"`
	Subject  string `json:"subject"`
	NotAfter string `json:"not_after"`
}
