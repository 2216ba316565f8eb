package api

import (
	"bytes"
	"context"
	"fmt"
	"mime/multipart"
	"net/http"
)

// Logo is the answer to a logo upload: where portal pages load it from and
// the SHA-256 of the stored image.
type Logo struct {
	LogoURL string `json:"logo_url"`
	SHA256  string `json:"sha256"`
}

// UploadLogo makes a PNG or JPEG (at most 1 MB) the workspace's logo.
func (c *Client) UploadLogo(ctx context.Context, fileName string, data []byte) (Logo, error) {
	var out Logo
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	part, err := w.CreateFormFile("file", fileName)
	if err != nil {
		return out, fmt.Errorf("build logo upload: %w", err)
	}
	if _, err := part.Write(data); err != nil {
		return out, fmt.Errorf("build logo upload: %w", err)
	}
	if err := w.Close(); err != nil {
		return out, fmt.Errorf("build logo upload: %w", err)
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodPut, c.base+"/api/v1/portal/logo", &buf)
	if err != nil {
		return out, fmt.Errorf("build logo upload: %w", err)
	}
	hr.Header.Set("Content-Type", w.FormDataContentType())
	return out, c.send(hr, &out)
}
