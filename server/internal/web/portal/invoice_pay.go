package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/payments"
)

// payInvoice answers POST /invoices/:id/pay: a Stripe Checkout Session for
// what is left to pay, and 303 to Stripe's page; paying a paid or void
// invoice answers 409, Stripe out of reach 503, and nothing is recorded.
func (s *Server) payInvoice(c *fiber.Ctx) error {
	ct := currentClient(c)
	to, err := s.Payments.Checkout(c.UserContext(), payments.CheckoutInput{WorkspaceID: ct.WorkspaceID, ContactID: ct.ID,
		InvoiceID: c.Params("id"), PortalURL: c.BaseURL()})
	if err != nil {
		return err
	}
	return c.Redirect(to, fiber.StatusSeeOther)
}
