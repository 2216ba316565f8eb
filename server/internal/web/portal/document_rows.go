package portal

import (
	"time"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
)

// DocumentRow is one document as the client's dashboard lists it.
type DocumentRow struct {
	ID, Title, Status, StatusLabel string
	NeedsSignature, CanDownload    bool
	SentAt                         *time.Time
}

// documentsForClient lists the signed-in client's documents, those that
// need signing first.
func (s *Server) documentsForClient(c *fiber.Ctx, limit int) ([]DocumentRow, error) {
	w, _ := currentWorkspace(c)
	z := s.lz(c)
	vs, err := s.Documents.ListForSigner(c.UserContext(), w.ID, currentClient(c).ID, limit)
	if err != nil {
		return nil, err
	}
	rows := make([]DocumentRow, 0, len(vs))
	for _, v := range vs {
		d := v.Document
		rows = append(rows, DocumentRow{ID: d.ID, Title: d.Title, Status: d.Status, StatusLabel: z.T(signerStatusLabel(v)),
			NeedsSignature: v.Signable(), CanDownload: d.Status == model.DocCompleted, SentAt: d.SentAt})
	}
	return rows, nil
}
