package desk

import (
	"sync"
	"time"
)

// Notice is a short message about something that happened on the server.
type Notice struct {
	Seq  int64
	At   time.Time
	Text string
}

// Live is what the UI polls: whether the server is reachable, a version that
// grows with every change worth a refresh, and the latest notices.
type Live struct {
	mu      sync.Mutex
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

func newLive() *Live { return &Live{} }

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
	l.known, l.online, l.reason, l.since = true, online, reason, time.Now()
	l.version++
}

// Changed bumps the version so every open view refreshes; text, if any, becomes a notice.
func (l *Live) Changed(text string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.version++
	if text == "" {
		return
	}
	l.notices = append(l.notices, Notice{Seq: l.version, At: time.Now(), Text: text})
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
