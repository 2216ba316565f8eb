// Package clock is the one source of "now" for the server's services, its
// store and its job queue, and for the desktop app: the real clock in
// production, one tests move, so no behaviour depends on the day a test
// happens to run.
package clock

import (
	"sync"
	"time"
)

// Clock tells the time, always in UTC.
type Clock interface {
	Now() time.Time
}

// Real is the wall clock.
type Real struct{}

// Now is the current wall-clock time in UTC.
func (Real) Now() time.Time { return time.Now().UTC() }

// Or returns c, or the wall clock when c is nil.
func Or(c Clock) Clock {
	if c == nil {
		return Real{}
	}
	return c
}

// Offset is a clock that runs with the wall clock from a shifted start:
// tests jump it ahead (days, years) while everything still happens in the
// order it happened, so records made one after another keep their order.
type Offset struct {
	mu    sync.Mutex
	shift time.Duration
}

// NewOffset returns a clock that reads the wall clock until it is moved.
func NewOffset() *Offset { return &Offset{} }

// Now is the wall clock moved by the clock's shift.
func (c *Offset) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().UTC().Add(c.shift)
}

// Advance moves the clock forward by d and returns the new reading.
func (c *Offset) Advance(d time.Duration) time.Time {
	c.mu.Lock()
	c.shift += d
	c.mu.Unlock()
	return c.Now()
}

// AddDate moves the clock by whole years, months and days from its current
// reading and returns the new reading.
func (c *Offset) AddDate(years, months, days int) time.Time {
	now := c.Now()
	return c.Advance(now.AddDate(years, months, days).Sub(now))
}
