package portal

import "github.com/gofiber/fiber/v2"

// countUnpaidInvoices is the dashboard badge of invoices: issued, not yet paid.
func countUnpaidInvoices(s *Server, c *fiber.Ctx) (int, error) {
	ct := currentClient(c)
	return s.Invoices.CountUnpaid(c.UserContext(), ct.WorkspaceID, ct.ID)
}
