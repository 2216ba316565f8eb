// Package apperr is the error type the domain returns: a kind that maps to a
// status, a message that is safe to show, per-field reasons, and the cause
// for the log.
package apperr

import (
	"errors"
	"fmt"
)

// Kind classifies an error for the user and the HTTP status.
type Kind int

// The kinds of error.
const (
	Internal Kind = iota
	BadRequest
	Unauthorized
	Forbidden
	NotFound
	Conflict
	TooLarge
	Unsupported
	Invalid
	RateLimited
	Unavailable
)

// Error is a failure with a message a person may read.
type Error struct {
	Kind    Kind
	Message string
	Fields  map[string]string
	Cause   error
	// Words, when set, are what a client reads in their own language; the
	// owner API and the log keep Message, the English text.
	Words *Words
}

// Words are a refusal as a client reads it: a message id of the portal's
// catalogue and its named values. The domain gives ids and values only and
// the portal writes them in the client's language: a Word is itself a
// message id, a Size a number of bytes, Either names joined by "or", an int
// a number; any other value is shown as it is.
type Words struct {
	ID   string
	Args map[string]any
}

// Word is a message id given as a value of Words ("a picture").
type Word string

// Size is a file or memory size in bytes given as a value of Words.
type Size int

// Either are names given as a value of Words, read as alternatives
// ("JPEG, PNG or WebP").
type Either []string

// Say gives e the words a client reads, a message id with pairs of names
// and values (Say("uploads.error.damaged", "What", Word("uploads.what.picture"))),
// and returns e.
func (e *Error) Say(id string, pairs ...any) *Error {
	args := make(map[string]any, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		args[fmt.Sprint(pairs[i])] = pairs[i+1]
	}
	e.Words = &Words{ID: id, Args: args}
	return e
}

func (e *Error) Error() string {
	if e.Cause != nil {
		return e.Message + ": " + e.Cause.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Cause }

// New makes an error of a kind with a safe message.
func New(k Kind, msg string, args ...any) *Error {
	return &Error{Kind: k, Message: fmt.Sprintf(msg, args...)}
}

// Wrap keeps cause for the log behind a safe message.
func Wrap(k Kind, cause error, msg string, args ...any) *Error {
	return &Error{Kind: k, Message: fmt.Sprintf(msg, args...), Cause: cause}
}

// NotFoundf says a thing does not exist (or is not the caller's to see).
func NotFoundf(msg string, args ...any) *Error { return New(NotFound, msg, args...) }

// Validation collects per-field reasons; it is nil-safe to add to.
type Validation map[string]string

// Add records a reason for field.
func (v Validation) Add(field, why string) { v[field] = why }

// Err returns nil when there are no reasons, else an Invalid error.
func (v Validation) Err() error {
	if len(v) == 0 {
		return nil
	}
	return &Error{Kind: Invalid, Message: "Some fields need attention.", Fields: v}
}

// As returns the *Error in err's chain, or an Internal one.
func As(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Kind: Internal, Message: "Something went wrong on our side. Please try again.", Cause: err}
}

// Is reports whether err carries kind k.
func Is(err error, k Kind) bool {
	var e *Error
	return errors.As(err, &e) && e.Kind == k
}

// ErrBusy says the database could not take the call now (no connection
// came free in time, or it refused for lack of room): the request may be
// tried again in a moment, and answers 503 with Retry-After.
var ErrBusy = errors.New("the database is busy")
