package portal

import (
	"fmt"
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
	l := s.appLayout(c, sec.Title, "/"+sec.Slug)
	return page(c, pageSection, SectionPage{Layout: l, Slug: sec.Slug, Heading: sec.Title, Icon: sec.Icon,
		Lead: fmt.Sprintf(sec.Lead, l.Brand.Name), Empty: fmt.Sprintf(sec.Empty, l.Brand.Name)})
}
