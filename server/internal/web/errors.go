package web

import (
	"errors"
	"log/slog"
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/shared/api"
)

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
	e := apperr.As(err)
	return statusOf[e.Kind], e
}

// handleError is the one place errors become responses: the JSON error shape
// for the API, an HTML page (or fragment for htmx) for people.
func (s *Server) handleError(c *fiber.Ctx, err error) error {
	status, e := classify(err)
	attrs := []any{"status", status, "path", c.Path(), "request_id", requestID(c), "err", err}
	if status >= 500 {
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
	return s.renderErrorPage(c, status, e.Message)
}

func (s *Server) apiNotFound(c *fiber.Ctx) error {
	return fiber.NewError(fiber.StatusNotFound, "There is no API endpoint "+c.Method()+" "+c.Path()+".")
}

func (s *Server) pageNotFound(c *fiber.Ctx) error {
	return fiber.NewError(fiber.StatusNotFound, "This page does not exist. Check the address, or go back to the start page.")
}
