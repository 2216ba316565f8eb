package desk

import (
	"errors"
	"net/http"

	"clientportal/shared/api"
)

// FieldError is a problem with one field of a form, shown beside it.
type FieldError struct {
	Field   string
	Message string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Message }

// ErrUnsendable marks a queued action that can never be sent: its stored
// payload does not decode, or its kind is one this app does not know.
var ErrUnsendable = errors.New("this queued action cannot be sent")

// Unreachable reports whether err means the server could not be reached
// (as opposed to the server answering with an error about the request).
func Unreachable(err error) bool {
	if err == nil || errors.Is(err, ErrUnsendable) {
		return false
	}
	var ae *api.Error
	if errors.As(err, &ae) {
		return ae.Status == http.StatusBadGateway || ae.Status == http.StatusServiceUnavailable || ae.Status == http.StatusGatewayTimeout
	}
	return !errors.Is(err, ErrNotConnected)
}

// StillProcessing reports whether the server is still working on the first
// request sent with the same Idempotency-Key: the answer is not known yet, so
// the request is to be sent again later, not given up.
func StillProcessing(err error) bool {
	var ae *api.Error
	return errors.As(err, &ae) && ae.Status == http.StatusConflict && ae.Message == api.IdempotencyInProgress
}

// UserMessage is the safe text of an error for the owner.
func UserMessage(err error) string {
	var ae *api.Error
	if errors.As(err, &ae) {
		if len(ae.Fields) > 0 {
			for _, why := range ae.Fields {
				return ae.Message + ": " + why
			}
		}
		return ae.Message
	}
	var fe *FieldError
	if errors.As(err, &fe) {
		return fe.Message
	}
	return rootCause(err)
}

func rootCause(err error) string {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err.Error()
		}
		err = next
	}
}
