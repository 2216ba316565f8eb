package portal

import (
	"fmt"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// showDocuments lists all of the client's documents, live like the dashboard.
func (s *Server) showDocuments(c *fiber.Ctx) error {
	httpx.NoStore(c)
	docs, err := s.documentsForClient(c, allDocuments)
	if err != nil {
		return fmt.Errorf("documents page: %w", err)
	}
	return page(c, pageSectionDocuments, DocumentsPage{Layout: s.appLayout(c, s.lz(c).T("common.nav.documents"), "/documents"), Documents: docs, LiveSrc: "/dashboard/documents?all=1"})
}
