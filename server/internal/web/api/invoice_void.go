package api

import "github.com/gofiber/fiber/v2"

// voidInvoice answers POST /api/v1/invoices/:id/void.
func (s *Server) voidInvoice(c *fiber.Ctx) error {
	v, err := s.Invoices.Void(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(invoiceJSON(v))
}
