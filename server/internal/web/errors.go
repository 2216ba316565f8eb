package web

import (
	"errors"
	"log/slog"
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/store"
	"clientportal/shared/api"
)

// busyMessage is what a person reads when the database has no room for the
// request; the answer is 503 with Retry-After, never a 500.
const busyMessage = "The portal is busy; try again in a moment."

var statusOf = map[apperr.Kind]int{
	apperr.Internal: 500, apperr.BadRequest: 400, apperr.Unauthorized: 401, apperr.Forbidden: 403,
	apperr.NotFound: 404, apperr.Conflict: 409, apperr.TooLarge: 413, apperr.Unsupported: 415,
	apperr.Invalid: 422, apperr.RateLimited: 429, apperr.Unavailable: 503,
}

var codeOf = map[int]string{
	400: api.CodeBadRequest, 401: api.CodeUnauthorized, 403: api.CodeForbidden, 404: api.CodeNotFound,
	405: api.CodeBadRequest, 409: api.CodeConflict, 413: api.CodeTooLarge, 415: api.CodeUnsupportedMedia,
	422: api.CodeValidation, 429: api.CodeRateLimited, 500: api.CodeInternal, 503: api.CodeUnavailable,
}

// classify turns any error into a status and a message safe to show.
func classify(err error) (int, *apperr.Error) {
	var fe *fiber.Error
	if errors.As(err, &fe) {
		return fe.Code, &apperr.Error{Message: fe.Message}
	}
	if errors.Is(err, store.ErrBusy) {
		return fiber.StatusServiceUnavailable, &apperr.Error{Kind: apperr.Unavailable, Message: busyMessage, Cause: err}
	}
	e := apperr.As(err)
	return statusOf[e.Kind], e
}

// handleError is the one place errors become responses: the JSON error shape
// for the API, an HTML page (or fragment for htmx) for people.
func (s *Server) handleError(c *fiber.Ctx, err error) error {
	status, e := classify(err)
	busy := errors.Is(err, store.ErrBusy)
	attrs := []any{"status", status, "path", c.Path(), "request_id", requestID(c), "err", err}
	if busy {
		c.Set(fiber.HeaderRetryAfter, "1")
		slog.Warn("request refused: database busy", attrs...)
	} else if status >= 500 {
		slog.Error("request failed", attrs...)
	} else {
		slog.Debug("request refused", attrs...)
	}
	if strings.HasPrefix(c.Path(), "/api/") {
		code := codeOf[status]
		if code == "" {
			code = api.CodeBadRequest
		}
		return c.Status(status).JSON(api.ErrorBody{Error: api.ErrorDetail{Code: code, Message: e.Message, Fields: e.Fields}})
	}
	c.Status(status)
	if busy {
		return page(c, "portal/pages/error", ErrorPage{Layout: s.layout(c, "The portal is busy"), Heading: "The portal is busy", Message: busyMessage})
	}
	return s.renderErrorPage(c, status, e.Message)
}

func (s *Server) apiNotFound(c *fiber.Ctx) error {
	return fiber.NewError(fiber.StatusNotFound, "There is no API endpoint "+c.Method()+" "+c.Path()+".")
}

func (s *Server) pageNotFound(c *fiber.Ctx) error {
	return fiber.NewError(fiber.StatusNotFound, "This page does not exist. Check the address, or go back to the start page.")
}
