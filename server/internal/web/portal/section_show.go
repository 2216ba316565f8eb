package portal

import (
	"strings"

	"clientportal/server/internal/web/httpx"

	"github.com/gofiber/fiber/v2"
)

// SectionPage is an app of the portal: what it is for, and what it holds
// for the client or, while it holds nothing, what will appear there.
type SectionPage struct {
	Layout
	Slug, Heading, Icon, Lead, Empty string
}

// DocumentsPage lists every document sent to the client.
type DocumentsPage struct {
	Layout
	Documents []DocumentRow
	LiveSrc   string
}

// showSection answers /courses, /invoices, /messages and /groups.
func (s *Server) showSection(c *fiber.Ctx) error {
	httpx.NoStore(c)
	slug := strings.TrimPrefix(c.Path(), "/")
	sec, ok := sectionBySlug(slug)
	if !ok {
		return fiber.ErrNotFound
	}
	z := s.lz(c)
	l := s.appLayout(c, z.T(sec.Title), "/"+sec.Slug)
	return page(c, pageSection, SectionPage{Layout: l, Slug: sec.Slug, Heading: z.T(sec.Title), Icon: sec.Icon,
		Lead: z.T(sec.Lead, "Brand", l.Brand.Name), Empty: z.T(sec.Empty, "Brand", l.Brand.Name)})
}
