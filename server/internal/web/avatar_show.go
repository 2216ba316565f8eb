package web

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/profile"
)

// avatarPalette are the initials colours, the same as .avatar-c0… in
// portal.css; each keeps white initials readable (contrast above 4.5:1).
var avatarPalette = [avatarColours]string{"#1d4ed8", "#047857", "#b45309", "#be123c", "#6d28d9", "#0e7490", "#4d7c0f", "#a21caf"}

// showMyAvatar answers /avatars/me: the signed-in client's picture, or their
// initials as an image, for the top bar's account menu.
func (s *Server) showMyAvatar(c *fiber.Ctx) error {
	me := currentClient(c)
	return s.sendAvatar(c, me.WorkspaceID, me.ID)
}

// showAvatar answers /avatars/:contactID with the signed-in client's own
// picture; other clients' pictures are not theirs to see.
func (s *Server) showAvatar(c *fiber.Ctx) error {
	me := currentClient(c)
	if c.Params("contactID") != me.ID {
		return fiber.ErrNotFound
	}
	return s.sendAvatar(c, me.WorkspaceID, me.ID)
}

// showContactAvatar answers GET /api/v1/contacts/:id/avatar for the owner.
func (s *Server) showContactAvatar(c *fiber.Ctx) error {
	return s.sendAvatar(c, workspaceID(c), c.Params("id"))
}

func (s *Server) sendAvatar(c *fiber.Ctx, workspaceID, contactID string) error {
	ct, pic, err := s.Profiles.AvatarOf(c.UserContext(), workspaceID, contactID)
	if err != nil {
		return err
	}
	if pic == nil {
		v := clientView(ct)
		return sendImage(c, "image/svg+xml", "", initialsSVG(v.Initials, avatarPalette[colourOf(v.Name)]), false)
	}
	return sendImage(c, pic.ContentType, pic.SHA256, pic.Data, c.Query("v") != "" && c.Query("v") == pic.SHA256[:12])
}

// sendImage sends an image kept private to the session; a versioned URL
// (…?v=hash) may be cached for good, others are checked on every use. An
// empty tag is made from the bytes.
func sendImage(c *fiber.Ctx, contentType, tag string, data []byte, versioned bool) error {
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

// initialsSVG draws initials on a coloured square.
func initialsSVG(initials, colour string) []byte {
	return []byte(fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">`+
		`<rect width="96" height="96" fill="%s"/><text x="48" y="50" dominant-baseline="middle" text-anchor="middle" `+
		`font-family="system-ui,-apple-system,'Segoe UI',Roboto,sans-serif" font-size="38" font-weight="600" fill="#fff">%s</text></svg>`,
		colour, html.EscapeString(initials)))
}

// avatarRules is shown on the profile page beside the upload field.
var avatarRules = fmt.Sprintf("JPEG, PNG or WebP, up to %d MB. We crop it to a square.", profile.AvatarRules.MaxBytes>>20)
