//go:build desktop

package main

import (
	"context"
	"log/slog"
	"os/exec"
	"sync"
	"time"

	"clientportal/app/internal/desk"
)

// notifier shows the app's notices (a client joined, signed, paid, wrote)
// as desktop notifications through notify-send (libnotify), when installed.
type notifier struct {
	live   *desk.Live
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// startNotifier follows the notices until stop; without notify-send it does nothing.
func startNotifier(ctx context.Context, live *desk.Live) *notifier {
	n := &notifier{live: live}
	bin, err := exec.LookPath("notify-send")
	if err != nil {
		slog.Info("no desktop notifications: notify-send is not installed")
		return n
	}
	ctx, n.cancel = context.WithCancel(ctx)
	n.wg.Add(1)
	go func() { defer n.wg.Done(); n.run(ctx, bin) }()
	return n
}

func (n *notifier) run(ctx context.Context, bin string) {
	seen := n.live.Status().Version // notices from before the start are not news
	for ctx.Err() == nil {
		st := n.live.Wait(ctx, seen, time.Minute)
		for _, no := range n.live.NoticesAfter(seen) {
			cmd := exec.CommandContext(ctx, bin, "--app-name=Client Portal", "--icon=mail-message-new", "Client Portal", no.Text)
			if err := cmd.Run(); err != nil && ctx.Err() == nil {
				slog.Warn("desktop notification", "err", err)
			}
		}
		seen = st.Version
	}
}

// stop ends the notifier and waits for it.
func (n *notifier) stop() {
	if n.cancel != nil {
		n.cancel()
	}
	n.wg.Wait()
}
