package texts

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"
)

// Message is one text handed to the provider.
type Message struct {
	TextID         string
	To             string // E.164
	Body           string
	StatusCallback string // where the provider reports delivery; empty for none
}

// Receipt is the provider's answer to an accepted message.
type Receipt struct {
	SID    string
	Status string
}

// Provider hands texts to the outside world.
type Provider interface {
	// Send asks the provider to send m once.
	Send(ctx context.Context, m Message) (Receipt, error)
	// Find looks for m among the messages the provider already took: a try
	// whose answer was lost may have been sent.
	Find(ctx context.Context, m Message) (Receipt, bool, error)
	// AuthToken keys the signatures of the provider's callbacks; empty when
	// it makes none.
	AuthToken() string
	// KeepsBody says the stored text is the delivery (the development outbox).
	KeepsBody() bool
}

// ProviderError is a refusal by the provider, with its status and code.
type ProviderError struct {
	Status  int    // the HTTP status of the answer
	Code    string // the provider's error code, e.g. 21211
	Message string
}

func (e *ProviderError) Error() string {
	return fmt.Sprintf("text provider answered %d (code %s): %s", e.Status, e.Code, e.Message)
}

// Final reports whether no retry can change the answer: a 4xx other than
// "too many requests".
func (e *ProviderError) Final() bool { return e.Status >= 400 && e.Status < 500 && e.Status != 429 }

// CodeUnsubscribed is the provider's code for a number that replied STOP.
const CodeUnsubscribed = "21610"

func providerError(err error) (*ProviderError, bool) {
	var pe *ProviderError
	ok := errors.As(err, &pe)
	return pe, ok
}

// NewProvider returns the provider of PORTAL_SMS_URL, or the development
// outbox when it is empty.
func NewProvider(u *url.URL) Provider {
	if u == nil {
		return Outbox{}
	}
	return newTwilio(u)
}

// Outbox keeps texts in the database for the development outbox page;
// nothing leaves the machine.
type Outbox struct{}

// Send accepts m: the stored text is the delivered message.
func (Outbox) Send(_ context.Context, m Message) (Receipt, error) {
	return Receipt{SID: "DEV" + m.TextID, Status: "sent"}, nil
}

// Find finds nothing: the outbox never loses an answer.
func (Outbox) Find(context.Context, Message) (Receipt, bool, error) { return Receipt{}, false, nil }

// AuthToken is empty: the outbox posts no callbacks.
func (Outbox) AuthToken() string { return "" }

// KeepsBody is true: the outbox page shows the text.
func (Outbox) KeepsBody() bool { return true }

// sendTimeout bounds one request to the provider.
const sendTimeout = 20 * time.Second
