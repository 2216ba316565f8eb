package portal

import (
	"fmt"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showDocumentRows answers the live documents fragment: the same partial the
// dashboard (or, with ?all=1, the documents page) renders inside itself.
func (s *Server) showDocumentRows(c *fiber.Ctx) error {
	httpx.NoStore(c)
	limit := dashboardDocuments
	if c.Query("all") == "1" {
		limit = allDocuments
	}
	docs, err := s.documentsForClient(c, limit)
	if err != nil {
		return fmt.Errorf("document rows: %w", err)
	}
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	if limit != dashboardDocuments {
		return partial(c, partialDocuments, docs)
	}
	actions, err := s.quickActions(c)
	if err != nil {
		return err
	}
	return partial(c, partialDashboardRows, DashboardRows{Documents: docs, Glance: DashboardGlance{Summary: summaryOf(s.lz(c), docs), Actions: actions, OOB: true}})
}
