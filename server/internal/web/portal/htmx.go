package portal

import "github.com/gofiber/fiber/v2"

// isHTMX reports whether htmx sent the request.
func isHTMX(c *fiber.Ctx) bool { return c.Get("HX-Request") == "true" }

// hx sets the htmx response headers; the only place they are set.
type hx struct{ c *fiber.Ctx }

// Redirect makes htmx load another page.
func (h hx) Redirect(url string) { h.c.Set("HX-Redirect", url) }

// Trigger fires a client-side event after the swap.
func (h hx) Trigger(event string) { h.c.Set("HX-Trigger", event) }
