package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/contacts"
	"clientportal/shared/api"
)

// listContacts answers GET /api/v1/contacts.
func (s *Server) listContacts(c *fiber.Ctx) error {
	q := contacts.ContactQuery{Status: c.Query("status"), Q: c.Query("q"), Cursor: c.Query("cursor"), Limit: c.QueryInt("limit", 0)}
	if c.Query("limit") != "" && q.Limit == 0 {
		q.Limit = -1 // not a number: let validation say so
	}
	page, err := s.Contacts.List(c.UserContext(), workspaceID(c), q)
	if err != nil {
		return err
	}
	out := api.ContactList{Contacts: make([]api.Contact, 0, len(page.Contacts)), NextCursor: page.NextCursor}
	for _, ct := range page.Contacts {
		out.Contacts = append(out.Contacts, contactJSON(ct))
	}
	return c.JSON(out)
}
