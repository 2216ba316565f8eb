package desk

import (
	"context"
	"sync"
	"time"

	"clientportal/shared/clock"
)

// Notice is a short message about something that happened on the server.
type Notice struct {
	Seq  int64
	At   time.Time
	Text string
}

// Live is what the UI waits on: whether the server is reachable, a version
// that grows with every change worth a refresh, and the latest notices.
// Every change wakes the waiters at once (nothing polls).
type Live struct {
	mu      sync.Mutex
	clock   clock.Clock
	changed chan struct{} // closed and replaced on every version bump
	online  bool
	known   bool
	reason  string
	since   time.Time
	version int64
	notices []Notice
	stream  bool
}

// Status is a snapshot of Live for rendering.
type Status struct {
	Known   bool
	Online  bool
	Reason  string
	Since   time.Time
	Version int64
	// Streaming says the app follows the server's event stream right now.
	Streaming bool
}

func newLive(c clock.Clock) *Live { return &Live{clock: clock.Or(c), changed: make(chan struct{})} }

// bump moves the version on and wakes every waiter; l.mu is held.
func (l *Live) bump() {
	l.version++
	close(l.changed)
	l.changed = make(chan struct{})
}

// Wait blocks until the version differs from seen, ctx ends or limit
// passes, and returns the state then.
func (l *Live) Wait(ctx context.Context, seen int64, limit time.Duration) Status {
	l.mu.Lock()
	changed, version := l.changed, l.version
	l.mu.Unlock()
	if version == seen {
		t := time.NewTimer(limit)
		defer t.Stop()
		select {
		case <-changed:
		case <-ctx.Done():
		case <-t.C:
		}
	}
	return l.Status()
}

// Status returns the current state.
func (l *Live) Status() Status {
	l.mu.Lock()
	defer l.mu.Unlock()
	return Status{Known: l.known, Online: l.online, Reason: l.reason, Since: l.since, Version: l.version, Streaming: l.stream}
}

// SetOnline records that the server answered (or not); a change bumps the version.
func (l *Live) SetOnline(online bool, reason string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.known && l.online == online {
		if !online {
			l.reason = reason
		}
		return
	}
	l.known, l.online, l.reason, l.since = true, online, reason, l.clock.Now()
	l.bump()
}

// Changed bumps the version so every open view refreshes; text, if any, becomes a notice.
func (l *Live) Changed(text string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.bump()
	if text == "" {
		return
	}
	l.notices = append(l.notices, Notice{Seq: l.version, At: l.clock.Now(), Text: text})
	if len(l.notices) > 20 {
		l.notices = l.notices[len(l.notices)-20:]
	}
}

// NoticesAfter returns the notices newer than version v.
func (l *Live) NoticesAfter(v int64) []Notice {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []Notice
	for _, n := range l.notices {
		if n.Seq > v {
			out = append(out, n)
		}
	}
	return out
}

// Clock is the time of day of the notice.
func (n Notice) Clock() string { return n.At.Local().Format("15:04:05") }

// SetStreaming records whether the event stream is open.
func (l *Live) SetStreaming(on bool) {
	l.mu.Lock()
	l.stream = on
	l.mu.Unlock()
}
