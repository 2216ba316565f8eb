package api

// LogoAnswer is the answer to a logo upload.
type LogoAnswer struct {
	LogoURL string `json:"logo_url"`
	SHA256  string `json:"sha256"`
}
