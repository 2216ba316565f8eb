package web

import (
	"fmt"
	"html"
	"io"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/branding"
)

// LogoAnswer is the answer to a logo upload.
type LogoAnswer struct {
	LogoURL string `json:"logo_url"`
	SHA256  string `json:"sha256"`
}

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

// removeLogo answers DELETE /api/v1/portal/logo: pages show the initial again.
func (s *Server) removeLogo(c *fiber.Ctx) error {
	if err := s.Branding.RemoveLogo(c.UserContext(), workspaceID(c)); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// showLogo answers /brand/logo on a portal host: the workspace's logo, or
// its initial on the accent colour. Anyone may see it (the login page does).
func (s *Server) showLogo(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	logo, err := s.Branding.LogoOf(c.UserContext(), w.ID)
	if err != nil {
		return err
	}
	if logo != nil {
		return sendImage(c, logo.ContentType, logo.SHA256, logo.Data, false)
	}
	accent := "#4f46e5"
	if hexColor.MatchString(w.AccentColor) {
		accent = w.AccentColor
	}
	b := brandOf(w)
	svg := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="%s"/>`+
		`<text x="32" y="34" dominant-baseline="middle" text-anchor="middle" font-family="system-ui,-apple-system,'Segoe UI',Roboto,sans-serif" `+
		`font-size="30" font-weight="700" fill="%s">%s</text></svg>`, accent, inkFor(accent), html.EscapeString(b.Initial))
	return sendImage(c, "image/svg+xml", "", []byte(svg), false)
}
