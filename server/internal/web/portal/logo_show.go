package portal

import (
	"fmt"
	"html"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showLogo answers /brand/logo on a portal host: the workspace's logo, or
// its initial on the accent colour. Anyone may see it (the login page does).
func (s *Server) showLogo(c *fiber.Ctx) error {
	w, _ := currentWorkspace(c)
	logo, err := s.Branding.LogoOf(c.UserContext(), w.ID)
	if err != nil {
		return err
	}
	if logo != nil {
		return httpx.SendImage(c, logo.ContentType, logo.SHA256, logo.Data, false)
	}
	accent := "#4f46e5"
	if hexColor.MatchString(w.AccentColor) {
		accent = w.AccentColor
	}
	b := brandOf(w)
	svg := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="%s"/>`+
		`<text x="32" y="34" dominant-baseline="middle" text-anchor="middle" font-family="system-ui,-apple-system,'Segoe UI',Roboto,sans-serif" `+
		`font-size="30" font-weight="700" fill="%s">%s</text></svg>`, accent, inkFor(accent), html.EscapeString(b.Initial))
	return httpx.SendImage(c, "image/svg+xml", "", []byte(svg), false)
}
