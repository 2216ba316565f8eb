package browsertest

import (
	"context"
	"fmt"
	"sync"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// consoleLog keeps the errors a page reported: uncaught exceptions,
// console.error calls, and browser log errors such as a script blocked by the
// Content-Security-Policy or a resource that failed to load.
type consoleLog struct {
	mu     sync.Mutex
	errors []string
}

// record is a chromedp listener: it must return fast and call no command.
func (c *consoleLog) record(ev any) {
	var line string
	switch ev := ev.(type) {
	case *log.EventEntryAdded:
		if ev.Entry.Level != log.EntryLevelError {
			return
		}
		line = fmt.Sprintf("%s: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
	case *runtime.EventExceptionThrown:
		line = "exception: " + exceptionText(ev.ExceptionDetails)
	case *runtime.EventConsoleAPICalled:
		if ev.Type != runtime.ConsoleAPICalledTypeError {
			return
		}
		line = "console.error:"
		for _, arg := range ev.Args {
			line += " " + remoteText(arg)
		}
	default:
		return
	}
	c.mu.Lock()
	c.errors = append(c.errors, line)
	c.mu.Unlock()
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d.Exception != nil && d.Exception.Description != "" {
		return d.Exception.Description
	}
	return d.Text
}

func remoteText(o *runtime.RemoteObject) string {
	if o.Description != "" {
		return o.Description
	}
	return string(o.Value)
}

// listen starts recording the errors of the tab of ctx.
func (c *consoleLog) listen(ctx context.Context) error {
	if err := chromedp.Listen(ctx, c.record); err != nil {
		return fmt.Errorf("listen to console: %w", err)
	}
	if _, err := chromedp.Call(ctx, runtime.Enable, cdp.Empty{}); err != nil {
		return fmt.Errorf("enable runtime events: %w", err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		return fmt.Errorf("enable log events: %w", err)
	}
	return nil
}

// ConsoleErrors returns the errors this tab's pages reported so far
// (exceptions, console.error, CSP violations, failed loads), and forgets them.
// A test of a page a person uses should expect none.
func (b *Browser) ConsoleErrors() []string {
	b.console.mu.Lock()
	defer b.console.mu.Unlock()
	found := b.console.errors
	b.console.errors = nil
	return found
}
