package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// parseJSON decodes a JSON body strictly and says what is wrong with it.
func parseJSON(c *fiber.Ctx, out any) error {
	if !strings.HasPrefix(c.Get(fiber.HeaderContentType), fiber.MIMEApplicationJSON) {
		return fiber.NewError(fiber.StatusUnsupportedMediaType, "Send the body as JSON with 'Content-Type: application/json'.")
	}
	dec := json.NewDecoder(strings.NewReader(string(c.Body())))
	dec.DisallowUnknownFields()
	if err := dec.Decode(out); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "The JSON body is not valid: "+jsonProblem(err))
	}
	if dec.More() {
		return fiber.NewError(fiber.StatusBadRequest, "The JSON body has extra data after the object.")
	}
	return nil
}

func jsonProblem(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("syntax error at byte %d.", se.Offset)
	case errors.As(err, &te):
		return fmt.Sprintf("field %q must be a %s.", te.Field, te.Type.String())
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return strings.TrimPrefix(err.Error(), "json: ") + "."
	default:
		return "it ends too early or is empty."
	}
}
