package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// sendLoginTexts answers POST /api/v1/login-texts with 202: each contact
// with a phone is texted a login link by the job queue; the others are
// named as skipped.
func (s *Server) sendLoginTexts(c *fiber.Ctx) error {
	var in api.LoginTextsRequest
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	q, err := s.Texts.SendLoginTexts(c.UserContext(), workspaceID(c), in.ContactIDs)
	if err != nil {
		return err
	}
	out := api.LoginTextsResult{Queued: q.Queued, BatchID: q.BatchID, Skipped: make([]api.SkippedContact, len(q.Skipped))}
	for i, sk := range q.Skipped {
		out.Skipped[i] = api.SkippedContact{ContactID: sk.ContactID, Reason: sk.Reason}
	}
	if q.BatchID != "" {
		c.Location("/api/v1/login-texts/" + q.BatchID)
	}
	return c.Status(fiber.StatusAccepted).JSON(out)
}
