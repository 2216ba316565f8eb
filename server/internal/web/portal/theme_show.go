package portal

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/gofiber/fiber/v2"
)

var hexColor = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// showTheme serves the workspace's accent colour as CSS, so pages carry no
// inline styles.
func (s *Server) showTheme(c *fiber.Ctx) error {
	accent := "#4f46e5"
	if w, ok := currentWorkspace(c); ok && hexColor.MatchString(w.AccentColor) {
		accent = w.AccentColor
	}
	c.Set(fiber.HeaderContentType, "text/css; charset=utf-8")
	c.Set(fiber.HeaderCacheControl, "no-cache")
	return c.SendString(fmt.Sprintf(":root{--accent:%s;--accent-ink:%s}\n", accent, inkFor(accent)))
}

// inkFor picks black or white text, whichever contrasts more with the accent.
func inkFor(hex string) string {
	r, _ := strconv.ParseUint(hex[1:3], 16, 8)
	g, _ := strconv.ParseUint(hex[3:5], 16, 8)
	b, _ := strconv.ParseUint(hex[5:7], 16, 8)
	if 0.299*float64(r)+0.587*float64(g)+0.114*float64(b) > 150 {
		return "#111827"
	}
	return "#ffffff"
}
