package portal

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/invoices"
	"clientportal/server/internal/model"
	"clientportal/server/internal/payments"
	"clientportal/server/internal/web/httpx"
)

// payCSP is the page policy of a page with a Pay button: its form goes to
// the portal, which sends the browser on to Stripe Checkout, so the form
// may go to Checkout's origin too (browsers check a form's redirects).
var payCSP = strings.Replace(httpx.ContentSecurityPolicy, "form-action 'self'", "form-action 'self' "+payments.CheckoutOrigin, 1)

// allowCheckout lets the page's Pay form reach Stripe Checkout.
func allowCheckout(c *fiber.Ctx) { c.Set(fiber.HeaderContentSecurityPolicy, payCSP) }

// payOnline reports whether the workspace takes payments through Stripe;
// a failure to tell hides the button rather than the invoices.
func (s *Server) payOnline(c *fiber.Ctx, workspaceID string) bool {
	ok, err := s.Payments.Connected(c.UserContext(), workspaceID)
	return err == nil && ok
}

// payLabel is the Pay button's words for what is left of an invoice
// ("Pay €791.96"), or "" when there is nothing to pay online.
func payLabel(z *i18n.Localizer, inv model.Invoice, online bool) string {
	if !online || !invoices.Payable(inv) {
		return ""
	}
	return z.T("invoices.pay_amount", "Amount", z.Money(invoices.Remaining(inv), inv.Currency))
}
