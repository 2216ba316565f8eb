package httpx

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/documents"
)

// DocMeta is who sent the request from where, for the audit trail.
func DocMeta(c *fiber.Ctx) documents.Meta {
	return documents.Meta{IP: ClientIP(c), UserAgent: c.Get(fiber.HeaderUserAgent)}
}

// NoStore keeps dynamic fragments out of every cache (WebKit re-serves GETs otherwise).
func NoStore(c *fiber.Ctx) { c.Set(fiber.HeaderCacheControl, "no-store") }
