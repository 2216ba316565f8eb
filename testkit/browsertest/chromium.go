package browsertest

import (
	"bytes"
	"fmt"
	"os"
	"sync"

	"github.com/chromedp/chromedp"
)

// DefaultChromium is the Chromium binary used when PORTAL_CHROMIUM is unset.
const DefaultChromium = "/usr/bin/chromium"

// chromiumPath returns the browser binary to run, or an error that tells a
// person how to install it.
func chromiumPath() (string, error) {
	path := os.Getenv("PORTAL_CHROMIUM")
	if path == "" {
		path = DefaultChromium
	}
	info, err := os.Stat(path)
	if err != nil || info.IsDir() || info.Mode()&0o111 == 0 {
		return "", fmt.Errorf("chromium not found at %s (set PORTAL_CHROMIUM, or run `make deps` to install Debian's chromium)", path)
	}
	return path, nil
}

// allocatorOptions are the flags of a headless test browser that stays on
// loopback and keeps its profile in userDataDir.
func allocatorOptions(path, userDataDir string, c config, out *outputTail) []chromedp.ExecAllocatorOption {
	return append(Flags(), chromedp.ExecPath(path), chromedp.UserDataDir(userDataDir),
		chromedp.WindowSize(c.width, c.height), chromedp.CombinedOutput(out))
}

// Flags are the flags every test browser runs with: headless, on loopback
// only (no proxy, QUIC, sync, updates or background traffic), with a fixed
// colour profile. A caller adds the executable, the window size and any
// flags of its own.
func Flags() []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.Flag("no-proxy-server", true),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("use-mock-keychain", true),
		chromedp.Flag("force-color-profile", "srgb"),
	}
}

// outputTail keeps the last few KiB the browser printed, to explain a failed
// start.
type outputTail struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

const outputTailSize = 4 << 10

// Write implements io.Writer.
func (o *outputTail) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.buf.Write(p)
	if extra := o.buf.Len() - outputTailSize; extra > 0 {
		o.buf.Next(extra)
	}
	return len(p), nil
}

// String returns what was kept.
func (o *outputTail) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}
