package httpx

import (
	"errors"
	"log/slog"
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/shared/api"
)

// BusyMessage is what a person reads when the database has no room for the
// request; the answer is 503 with Retry-After, never a 500.
const BusyMessage = "The portal is busy; try again in a moment."

// StatusOf is the HTTP status of each kind of domain error.
var StatusOf = map[apperr.Kind]int{
	apperr.Internal: 500, apperr.BadRequest: 400, apperr.Unauthorized: 401, apperr.Forbidden: 403,
	apperr.NotFound: 404, apperr.Conflict: 409, apperr.TooLarge: 413, apperr.Unsupported: 415,
	apperr.Invalid: 422, apperr.RateLimited: 429, apperr.Unavailable: 503,
}

// CodeOf is the API error code of each status.
var CodeOf = map[int]string{
	400: api.CodeBadRequest, 401: api.CodeUnauthorized, 403: api.CodeForbidden, 404: api.CodeNotFound,
	405: api.CodeBadRequest, 409: api.CodeConflict, 413: api.CodeTooLarge, 415: api.CodeUnsupportedMedia,
	422: api.CodeValidation, 429: api.CodeRateLimited, 500: api.CodeInternal, 503: api.CodeUnavailable,
}

// Classify turns any error into a status and a message safe to show.
func Classify(err error) (int, *apperr.Error) {
	var fe *fiber.Error
	if errors.As(err, &fe) {
		return fe.Code, &apperr.Error{Message: fe.Message}
	}
	if errors.Is(err, apperr.ErrBusy) {
		return fiber.StatusServiceUnavailable, &apperr.Error{Kind: apperr.Unavailable, Message: BusyMessage, Cause: err}
	}
	e := apperr.As(err)
	return StatusOf[e.Kind], e
}

// ErrorHandler is the one place errors become responses: the JSON error
// shape for the API, and for people the page that pages renders.
func ErrorHandler(pages func(c *fiber.Ctx, status int, msg string, busy bool) error) fiber.ErrorHandler {
	return func(c *fiber.Ctx, err error) error {
		status, e := Classify(err)
		busy := errors.Is(err, apperr.ErrBusy)
		attrs := []any{"status", status, "path", c.Path(), "request_id", RequestID(c), "err", err}
		if busy {
			c.Set(fiber.HeaderRetryAfter, "1")
			slog.Warn("request refused: database busy", attrs...)
		} else if status >= 500 {
			slog.Error("request failed", attrs...)
		} else {
			slog.Debug("request refused", attrs...)
		}
		if strings.HasPrefix(c.Path(), "/api/") || strings.HasPrefix(c.Path(), "/webhooks/") {
			code := CodeOf[status]
			if code == "" {
				code = api.CodeBadRequest
			}
			return c.Status(status).JSON(api.ErrorBody{Error: api.ErrorDetail{Code: code, Message: e.Message, Fields: e.Fields}})
		}
		return pages(c, status, e.Message, busy)
	}
}
