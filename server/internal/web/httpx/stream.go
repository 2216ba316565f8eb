// Package httpx is what the owner API and the client portal share on the
// HTTP side: the event-stream writer, request helpers, responses and errors.
package httpx

import (
	"bufio"
	"fmt"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"clientportal/server/internal/model"
)

// Frame is one message of an event stream. End closes the stream after
// the message.
type Frame struct {
	ID    int64
	Event string
	Data  string
	End   bool
}

// Ended is the frame that tells a page its stream is over for good (the
// session ended, access was revoked): htmx's sse-close listens for it.
var Ended = Frame{Event: "ended", Data: "ended", End: true}

// Stream says what one text/event-stream response sends.
type Stream struct {
	Retry   time.Duration                   // how soon a browser reconnects
	Ping    time.Duration                   // how often an idle stream sends a comment
	Backlog []Frame                         // sent first: events missed while away
	Events  <-chan model.Event              // the subscription; closed at shutdown
	Frame   func(model.Event) (Frame, bool) // what an event becomes, if anything
	Alive   func() bool                     // asked at each ping; false ends the stream
	Close   func()                          // ends the subscription when the stream ends
}

// Serve answers with the stream until the browser goes away, the stream
// ends or the server shuts down.
func Serve(c *fiber.Ctx, s Stream) error {
	c.Set(fiber.HeaderContentType, "text/event-stream")
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Set("X-Accel-Buffering", "no")
	c.Context().SetBodyStreamWriter(fasthttp.StreamWriter(func(w *bufio.Writer) {
		if s.Close != nil {
			defer s.Close()
		}
		fmt.Fprintf(w, "retry: %d\n: connected\n\n", s.Retry.Milliseconds())
		var after int64
		for _, f := range s.Backlog {
			writeFrame(w, f)
			after = max(after, f.ID)
		}
		if w.Flush() == nil {
			s.follow(w, after)
		}
	}))
	return nil
}

// follow writes the subscription's frames newer than after, and pings.
func (s Stream) follow(w *bufio.Writer, after int64) {
	ping := time.NewTicker(s.Ping)
	defer ping.Stop()
	for {
		var f Frame
		select {
		case e, ok := <-s.Events:
			if !ok {
				return // the server is shutting down
			}
			var send bool
			if f, send = s.Frame(e); !send || (e.ID <= after && after > 0) {
				continue
			}
			writeFrame(w, f)
		case <-ping.C:
			if s.Alive != nil && !s.Alive() {
				f = Ended
				writeFrame(w, f)
			} else {
				fmt.Fprint(w, ": ping\n\n")
			}
		}
		if w.Flush() != nil || f.End {
			return
		}
	}
}

func writeFrame(w *bufio.Writer, f Frame) {
	if f.ID > 0 {
		fmt.Fprintf(w, "id: %d\n", f.ID)
	}
	if f.Event != "" {
		fmt.Fprintf(w, "event: %s\n", f.Event)
	}
	for _, line := range strings.Split(f.Data, "\n") {
		fmt.Fprintf(w, "data: %s\n", line)
	}
	w.WriteString("\n")
}
