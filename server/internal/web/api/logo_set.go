package api

import (
	"fmt"
	"io"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/branding"
)

// setLogo answers PUT /api/v1/portal/logo (multipart, field "file"): PNG or
// JPEG up to 1 MB becomes the workspace's logo on every portal page.
func (s *Server) setLogo(c *fiber.Ctx) error {
	fh, err := c.FormFile("file")
	if err != nil {
		return apperr.Validation{"file": "Send the logo as a multipart form field named file."}.Err()
	}
	if fh.Size > int64(branding.LogoRules.MaxBytes) {
		return apperr.New(apperr.TooLarge, "This logo is larger than 1 MB. Send a smaller PNG or JPEG.")
	}
	f, err := fh.Open()
	if err != nil {
		return fmt.Errorf("open logo upload: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, int64(branding.LogoRules.MaxBytes)+1))
	if err != nil {
		return fmt.Errorf("read logo upload: %w", err)
	}
	hash, err := s.Branding.SetLogo(c.UserContext(), workspaceID(c), data)
	if err != nil {
		return err
	}
	return c.JSON(LogoAnswer{LogoURL: "/brand/logo?v=" + hash[:12], SHA256: hash})
}
