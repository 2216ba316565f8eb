package portal

import (
	"regexp"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/payments"
)

// payInvoice answers POST /invoices/:id/pay: a Stripe Checkout Session for
// what is left to pay, and 303 to Stripe's page; paying a paid or void
// invoice answers 409, Stripe out of reach 503, and nothing is recorded.
func (s *Server) payInvoice(c *fiber.Ctx) error {
	ct := currentClient(c)
	to, err := s.Payments.Checkout(c.UserContext(), payments.CheckoutInput{WorkspaceID: ct.WorkspaceID, ContactID: ct.ID,
		InvoiceID: c.Params("id"), PortalURL: c.BaseURL()})
	if e := apperr.As(err); err != nil && e.Kind == apperr.Conflict {
		return apperr.New(apperr.Conflict, "%s", s.payProblem(c, e.Message))
	}
	if err != nil {
		return err
	}
	return c.Redirect(to, fiber.StatusSeeOther)
}

// nothingToPay is the payments service's refusal of an invoice that is not
// open, by the state it names.
var nothingToPay = regexp.MustCompile(`^Invoice (.+) is (paid|void|refunded|partially refunded): there is nothing to pay\.$`)

// payProblemIDs are the refusals of Pay in the client's words, by state.
// i18n: invoices.error.not_issued invoices.error.paid invoices.error.void invoices.error.refunded invoices.error.partially_refunded
var payProblemIDs = map[string]string{"": "invoices.error.not_issued", "paid": "invoices.error.paid", "void": "invoices.error.void",
	"refunded": "invoices.error.refunded", "partially refunded": "invoices.error.partially_refunded"}

// payProblem puts the refusal of a Pay in the client's language; one the
// page does not know stays as written.
func (s *Server) payProblem(c *fiber.Ctx, msg string) string {
	if msg == "This invoice is not issued yet: there is nothing to pay." {
		return s.lz(c).T(payProblemIDs[""])
	}
	if m := nothingToPay.FindStringSubmatch(msg); m != nil {
		return s.lz(c).T(payProblemIDs[m[2]], "Number", m[1])
	}
	return msg
}
