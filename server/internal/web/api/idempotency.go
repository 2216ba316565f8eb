package api

import (
	"bytes"
	"crypto/sha256"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

// idempotent makes a POST with an Idempotency-Key safe to repeat: the same
// key and body get the first answer again, with no second effect.
func (s *Server) idempotent(c *fiber.Ctx) error {
	key := c.Get("Idempotency-Key")
	if c.Method() != fiber.MethodPost || key == "" {
		return c.Next()
	}
	if len(key) > 200 {
		return fiber.NewError(fiber.StatusBadRequest, "The Idempotency-Key header is longer than 200 characters.")
	}
	ws := workspaceID(c)
	h := sha256.Sum256(append([]byte(c.Method()+" "+c.Path()+"\n"), c.Body()...))
	prev, fresh, err := s.Idempotency.Claim(c.UserContext(), ws, key, h[:])
	if err != nil {
		return err
	}
	if !fresh {
		return replay(c, prev, h[:])
	}
	return s.runAndRemember(c, ws, key)
}

func replay(c *fiber.Ctx, prev model.IdempotencyKey, hash []byte) error {
	switch {
	case !bytes.Equal(prev.RequestHash, hash):
		return fiber.NewError(fiber.StatusUnprocessableEntity, "This Idempotency-Key was already used for a different request.")
	case prev.Status == 0:
		return fiber.NewError(fiber.StatusConflict, api.IdempotencyInProgress)
	}
	c.Set("Idempotent-Replayed", "true")
	c.Set(fiber.HeaderContentType, fiber.MIMEApplicationJSONCharsetUTF8)
	return c.Status(prev.Status).Send(prev.Body)
}

func (s *Server) runAndRemember(c *fiber.Ctx, ws, key string) error {
	if err := c.Next(); err != nil {
		if herr := c.App().ErrorHandler(c, err); herr != nil {
			return herr
		}
	}
	status := c.Response().StatusCode()
	body := append([]byte(nil), c.Response().Body()...)
	if status >= 500 || status == fiber.StatusTooManyRequests {
		return s.Idempotency.Release(c.UserContext(), ws, key)
	}
	return s.Idempotency.Finish(c.UserContext(), ws, key, status, body)
}
