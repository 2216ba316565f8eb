package api

import (
	"github.com/gofiber/fiber/v2"
)

// showInvoice answers GET /api/v1/invoices/:id.
func (s *Server) showInvoice(c *fiber.Ctx) error {
	v, err := s.Invoices.Get(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(invoiceJSON(v))
}
