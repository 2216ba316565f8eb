// Package api is the owner API contract of Client Portal: the request,
// response and event types of /api/v1 and a typed client for them.
package api

import "fmt"

// Error codes carried in ErrorBody.Error.Code.
const (
	CodeBadRequest       = "bad_request"
	CodeUnauthorized     = "unauthorized"
	CodeForbidden        = "forbidden"
	CodeNotFound         = "not_found"
	CodeConflict         = "conflict"
	CodeTooLarge         = "too_large"
	CodeUnsupportedMedia = "unsupported_media_type"
	CodeValidation       = "validation_failed"
	CodeRateLimited      = "rate_limited"
	CodeInternal         = "internal"
	CodeUnavailable      = "unavailable"
)

// IdempotencyInProgress is the message of the 409 answer to a request whose
// Idempotency-Key is still held by the first request sent with it: send it
// again shortly.
const IdempotencyInProgress = "A request with this Idempotency-Key is still being processed; retry shortly."

// ErrorBody is the JSON shape of every error answer of the owner API.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail says what went wrong, safely, and per field where it applies.
type ErrorDetail struct {
	Code    string            `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
}

// Error is returned by the Client when the server answers with an error.
type Error struct {
	Status int
	ErrorDetail
}

func (e *Error) Error() string {
	if len(e.Fields) > 0 {
		return fmt.Sprintf("%s (%d %s): %v", e.Message, e.Status, e.Code, e.Fields)
	}
	return fmt.Sprintf("%s (%d %s)", e.Message, e.Status, e.Code)
}
