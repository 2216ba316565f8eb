package assets

import (
	"strings"

	"github.com/gofiber/fiber/v2"
)

// Cache lifetimes: a hashed name never changes content; a plain name (a
// script's import, an old page) is checked again after an hour.
const (
	cacheHashed = "public, max-age=31536000, immutable"
	cachePlain  = "public, max-age=3600"
)

// Handler serves the set under the route it is mounted on (Use(Prefix, …)).
func (s *Set) Handler() fiber.Handler {
	return func(c *fiber.Ctx) error {
		if c.Method() != fiber.MethodGet && c.Method() != fiber.MethodHead {
			return c.Next()
		}
		name := strings.TrimPrefix(c.Path(), strings.TrimSuffix(Prefix, "/"))
		f, immutable := s.lookup(strings.TrimPrefix(name, "/"))
		if f == nil {
			return c.Next()
		}
		c.Set(fiber.HeaderCacheControl, cachePlain)
		if immutable {
			c.Set(fiber.HeaderCacheControl, cacheHashed)
		}
		c.Set(fiber.HeaderETag, f.etag)
		c.Set(fiber.HeaderVary, fiber.HeaderAcceptEncoding)
		if c.Get(fiber.HeaderIfNoneMatch) == f.etag {
			return c.SendStatus(fiber.StatusNotModified)
		}
		c.Set(fiber.HeaderContentType, f.contentType)
		body := f.body
		br, gz := f.compressed()
		switch accepts := c.Get(fiber.HeaderAcceptEncoding); {
		case br != nil && acceptsEncoding(accepts, "br"):
			c.Set(fiber.HeaderContentEncoding, "br")
			body = br
		case gz != nil && acceptsEncoding(accepts, "gzip"):
			c.Set(fiber.HeaderContentEncoding, "gzip")
			body = gz
		}
		return c.Send(body)
	}
}

// acceptsEncoding reports whether an Accept-Encoding header allows coding
// (named without a zero quality).
func acceptsEncoding(header, coding string) bool {
	for part := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
