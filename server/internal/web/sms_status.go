package web

import (
	"net/url"

	"github.com/gofiber/fiber/v2"
)

// recordSMSStatus answers POST /webhooks/sms/status: the provider's report
// on a text, signed with X-Twilio-Signature. A bad signature gets 403; a
// report on a text we do not know is taken and ignored.
func (s *Server) recordSMSStatus(c *fiber.Ctx) error {
	form, ok := s.signedSMSForm(c)
	if !ok {
		return fiber.NewError(fiber.StatusForbidden, "The signature of this callback is not valid.")
	}
	if err := s.Texts.RecordStatus(c.UserContext(), c.Query("t"), form); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusOK)
}

// signedSMSForm reads a callback's form and checks its signature over the
// address the provider posted to (the public base URL, path and query).
func (s *Server) signedSMSForm(c *fiber.Ctx) (url.Values, bool) {
	form, err := url.ParseQuery(string(c.Body()))
	if err != nil {
		return nil, false
	}
	return form, s.Texts.Verify(s.Texts.CallbackURL(c.OriginalURL()), form, c.Get("X-Twilio-Signature"))
}
