package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/web/httpx"
	"clientportal/shared/api"
)

// sendTemplate answers POST /api/v1/document-templates/:id/send: with
// signers, the document, sent; with contact_ids, 202 and a batch the job
// queue works through.
func (s *Server) sendTemplate(c *fiber.Ctx) error {
	var in api.TemplateSend
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	if (len(in.Signers) == 0) == (len(in.ContactIDs) == 0) {
		return apperr.Validation{"signers": "Give either signers (a contact id for each role) or contact_ids (a bulk send), not both."}.Err()
	}
	if len(in.ContactIDs) > 0 {
		id, n, err := s.Documents.BulkSend(c.UserContext(), workspaceID(c), c.Params("id"), in.Title, in.ContactIDs)
		if err != nil {
			return err
		}
		return c.Status(fiber.StatusAccepted).JSON(api.BatchQueued{BatchID: id, Queued: n})
	}
	v, err := s.Documents.SendTemplate(c.UserContext(), workspaceID(c), c.Params("id"), in.Title, in.Signers, httpx.DocMeta(c))
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(documentJSON(v))
}
