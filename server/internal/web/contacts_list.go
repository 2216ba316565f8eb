package web

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/access"
	"clientportal/shared/api"
)

// listContacts answers GET /api/v1/contacts.
func (s *Server) listContacts(c *fiber.Ctx) error {
	q := access.ContactQuery{Status: c.Query("status"), Q: c.Query("q"), Cursor: c.Query("cursor"), Limit: c.QueryInt("limit", 0)}
	if c.Query("limit") != "" && q.Limit == 0 {
		q.Limit = -1 // not a number: let validation say so
	}
	page, err := s.Access.ListContacts(c.UserContext(), workspaceID(c), q)
	if err != nil {
		return err
	}
	out := api.ContactList{Contacts: make([]api.Contact, 0, len(page.Contacts)), NextCursor: page.NextCursor}
	for _, ct := range page.Contacts {
		out.Contacts = append(out.Contacts, contactJSON(ct))
	}
	return c.JSON(out)
}

// showContact answers GET /api/v1/contacts/:id.
func (s *Server) showContact(c *fiber.Ctx) error {
	ct, err := s.Access.Contact(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(contactJSON(ct))
}

// createContact answers POST /api/v1/contacts.
func (s *Server) createContact(c *fiber.Ctx) error {
	var in api.NewContact
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	ct, err := s.Access.CreateContact(c.UserContext(), workspaceID(c), access.NewContact{Email: in.Email, Name: in.Name, Phone: in.Phone})
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(contactJSON(ct))
}

// revokeContactAccess answers POST /api/v1/contacts/:id/revoke-access.
func (s *Server) revokeContactAccess(c *fiber.Ctx) error {
	if err := s.Access.RevokeAccess(c.UserContext(), workspaceID(c), c.Params("id")); err != nil {
		return err
	}
	return s.showContact(c)
}
