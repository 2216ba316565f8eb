package web

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

// DocumentRow is one document as the client's dashboard lists it.
type DocumentRow struct {
	ID, Title, Status, StatusLabel string
	NeedsSignature, CanDownload    bool
	SentAt                         *time.Time
}

// documentsForClient lists the signed-in client's documents, those that
// need signing first; the documents feature fills it in.
func (s *Server) documentsForClient(c *fiber.Ctx, limit int) ([]DocumentRow, error) {
	return nil, nil
}
