package api

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// StreamEvents reads GET /api/v1/events and calls onEvent for each event
// until ctx ends or the stream breaks; it returns the error that ended it.
// onOpen, if not nil, is called once the server has accepted the stream.
// lastID, when not 0, is sent as Last-Event-ID.
func (c *Client) StreamEvents(ctx context.Context, lastID int64, onOpen func(), onEvent func(Event)) error {
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/api/v1/events", nil)
	if err != nil {
		return fmt.Errorf("build event stream request: %w", err)
	}
	hr.Header.Set("Authorization", "Bearer "+c.token)
	hr.Header.Set("Accept", "text/event-stream")
	if lastID > 0 {
		hr.Header.Set("Last-Event-ID", fmt.Sprint(lastID))
	}
	stream := &http.Client{Transport: c.http.Transport} // no timeout: the stream is long-lived
	res, err := stream.Do(hr)
	if err != nil {
		return fmt.Errorf("open event stream: %w", err)
	}
	defer res.Body.Close()
	if res.StatusCode >= 400 {
		return decodeError(res)
	}
	if onOpen != nil {
		onOpen()
	}
	return readEvents(bufio.NewScanner(res.Body), onEvent)
}

// readEvents parses text/event-stream frames; only frames with JSON data are passed on.
func readEvents(sc *bufio.Scanner, onEvent func(Event)) error {
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var typ, data string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if data != "" {
				var e Event
				if json.Unmarshal([]byte(data), &e) == nil {
					if e.Type == "" {
						e.Type = typ
					}
					onEvent(e)
				}
			}
			typ, data = "", ""
		case strings.HasPrefix(line, "event:"):
			typ = strings.TrimSpace(line[len("event:"):])
		case strings.HasPrefix(line, "data:"):
			data += strings.TrimPrefix(line[len("data:"):], " ")
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read event stream: %w", err)
	}
	return fmt.Errorf("event stream closed by the server")
}
