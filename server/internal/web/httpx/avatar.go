package httpx

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"html"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// AvatarPalette are the initials colours, the same as .avatar-c0… in
// portal.css; each keeps white initials readable (contrast above 4.5:1).
var AvatarPalette = [AvatarColours]string{"#1d4ed8", "#047857", "#b45309", "#be123c", "#6d28d9", "#0e7490", "#4d7c0f", "#a21caf"}

// SendAvatar answers with a contact's picture, or their initials on a colour.
func (s *Server) SendAvatar(c *fiber.Ctx, workspaceID, contactID string) error {
	ct, pic, err := s.Profiles.AvatarOf(c.UserContext(), workspaceID, contactID)
	if err != nil {
		return err
	}
	if pic == nil {
		v := ClientViewOf(ct)
		return SendImage(c, "image/svg+xml", "", InitialsSVG(v.Initials, AvatarPalette[ColourOf(v.Name)]), false)
	}
	return SendImage(c, pic.ContentType, pic.SHA256, pic.Data, c.Query("v") != "" && c.Query("v") == pic.SHA256[:12])
}

// SendImage sends an image kept private to the session; a versioned URL
// (…?v=hash) may be cached for good, others are checked on every use. An
// empty tag is made from the bytes.
func SendImage(c *fiber.Ctx, contentType, tag string, data []byte, versioned bool) error {
	if tag == "" {
		sum := sha256.Sum256(data)
		tag = hex.EncodeToString(sum[:12])
	}
	etag := `"` + tag + `"`
	c.Set(fiber.HeaderETag, etag)
	c.Set(fiber.HeaderCacheControl, "private, no-cache")
	if versioned {
		c.Set(fiber.HeaderCacheControl, "private, max-age=31536000, immutable")
	}
	if c.Get(fiber.HeaderIfNoneMatch) == etag {
		return c.SendStatus(fiber.StatusNotModified)
	}
	c.Set(fiber.HeaderContentType, contentType)
	return c.Send(data)
}

// InitialsSVG draws initials on a coloured square.
func InitialsSVG(initials, colour string) []byte {
	return []byte(fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">`+
		`<rect width="96" height="96" fill="%s"/><text x="48" y="50" dominant-baseline="middle" text-anchor="middle" `+
		`font-family="system-ui,-apple-system,'Segoe UI',Roboto,sans-serif" font-size="38" font-weight="600" fill="#fff">%s</text></svg>`,
		colour, html.EscapeString(initials)))
}

// AvatarColours is how many initials colours portal.css defines (.avatar-c0…).
const AvatarColours = 8

// ColourOf picks one of the initials colours from a name.
func ColourOf(name string) int {
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(strings.TrimSpace(name))))
	return int(h.Sum32() % AvatarColours)
}
