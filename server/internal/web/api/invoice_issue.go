package api

import "github.com/gofiber/fiber/v2"

// issueInvoice answers POST /api/v1/invoices/:id/issue.
func (s *Server) issueInvoice(c *fiber.Ctx) error {
	v, err := s.Invoices.Issue(c.UserContext(), workspaceID(c), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(invoiceJSON(v))
}
