package web

import (
	"github.com/gofiber/fiber/v2"
)

// recordSMSInbound answers POST /webhooks/sms/inbound: a text a contact
// sent, signed with X-Twilio-Signature. STOP opts the number out, START
// back in; the answer is an empty TwiML reply (the provider itself answers
// STOP and START).
func (s *Server) recordSMSInbound(c *fiber.Ctx) error {
	form, ok := s.signedSMSForm(c)
	if !ok {
		return fiber.NewError(fiber.StatusForbidden, "The signature of this callback is not valid.")
	}
	if err := s.Texts.RecordInbound(c.UserContext(), form); err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, "text/xml; charset=utf-8")
	return c.SendString(`<?xml version="1.0" encoding="UTF-8"?><Response></Response>`)
}
