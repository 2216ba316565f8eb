package web_test

import (
	"bufio"
	"context"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/events"
	"clientportal/server/internal/store"
	"clientportal/server/internal/storetest"
)

func TestAnOwnersEventStreamCarriesOnlyItsOwnWorkspacesEvents(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			b := p.setup("Bravo Studio", "owner@bravo.test")
			addr := p.listen(t)

			lines := openStream(t, addr, p.acme.Token, "")
			p.emit(t, b.Workspace.ID, "contact.joined", "bravo-secret")
			p.emit(t, p.acme.Workspace.ID, "contact.joined", "acme-event")

			for deadline := time.After(10 * time.Second); ; {
				select {
				case line := <-lines:
					if strings.Contains(line, "bravo-secret") {
						t.Fatalf("A's stream carried B's event: %s", line)
					}
					if strings.Contains(line, "acme-event") {
						return
					}
				case <-deadline:
					t.Fatal("A's own event did not arrive on its stream within 10s")
				}
			}
		})
	}
}

func TestAReconnectingStreamReplaysOnlyItsOwnWorkspacesMissedEvents(t *testing.T) {
	for _, dialect := range storetest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			p := newPortal(t, dialect)
			b := p.setup("Bravo Studio", "owner@bravo.test")
			addr := p.listen(t)
			seen := p.emit(t, p.acme.Workspace.ID, "contact.invited", "acme-seen")
			p.emit(t, b.Workspace.ID, "contact.joined", "bravo-secret")
			p.emit(t, p.acme.Workspace.ID, "contact.joined", "acme-missed")

			// The client saw the first event, then lost its connection.
			lines := openStream(t, addr, p.acme.Token, strconv.FormatInt(seen, 10))
			var got []string
			for deadline := time.After(10 * time.Second); ; {
				select {
				case line := <-lines:
					if strings.Contains(line, "bravo-secret") || strings.Contains(line, "acme-seen") {
						t.Fatalf("the replay carried an event it must not: %s", line)
					}
					got = append(got, line)
					if strings.Contains(line, "acme-missed") {
						return
					}
				case <-deadline:
					t.Fatalf("the missed event was not replayed within 10s; got %q", got)
				}
			}
		})
	}
}

// listen serves the app on a loopback port with the background work
// running, as `portal serve` does, and returns the address.
func (p *portal) listen(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	p.sys.Start(ctx)
	go p.sys.App.Listener(ln)
	t.Cleanup(func() { p.sys.App.ShutdownWithTimeout(time.Second); cancel() })
	return ln.Addr().String()
}

// emit records an event of the workspace and returns its id.
func (p *portal) emit(t *testing.T, workspaceID, typ, marker string) int64 {
	t.Helper()
	var id int64
	err := p.sys.Store.InTx(context.Background(), func(tx *store.Tx) (err error) {
		if err = events.Emit(tx, workspaceID, typ, map[string]any{"marker": marker}); err != nil {
			return err
		}
		id, err = tx.Events().LastID()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// openStream connects to the owner event stream and returns its lines.
func openStream(t *testing.T, addr, token, lastEventID string) <-chan string {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/api/v1/events", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	if lastEventID != "" {
		req.Header.Set("Last-Event-ID", lastEventID)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Body.Close() })
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("event stream answered %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	lines := make(chan string, 64)
	sc := bufio.NewScanner(res.Body)
	if !sc.Scan() { // the stream is open and subscribed once it says hello
		t.Fatalf("event stream closed at once: %v", sc.Err())
	}
	go func() {
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	return lines
}
