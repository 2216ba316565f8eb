package browsertest

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

var unsafeFileChars = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// Screenshot writes a PNG of the whole page (beyond the viewport) to
// <TestName>-<name>.png in the test's artifact folder, logs where, and
// returns the path.
func (b *Browser) Screenshot(name string) string {
	b.t.Helper()
	png := Value(b, fullPagePNG)
	file := unsafeFileChars.ReplaceAllString(b.t.Name()+"-"+name, "_") + ".png"
	path := filepath.Join(b.t.ArtifactDir(), file)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatalf("browsertest: %v", fmt.Errorf("write screenshot %s: %w", path, err))
	}
	b.t.Logf("browsertest: screenshot %s", path)
	return path
}

// fullPagePNG captures the whole scrollable page, not only the viewport.
func fullPagePNG(ctx context.Context, t *chromedp.Target) ([]byte, error) {
	m, err := cdp.Call(ctx, t, page.GetLayoutMetrics, cdp.Empty{})
	if err != nil {
		return nil, fmt.Errorf("page size: %w", err)
	}
	size := m.CSSContentSize
	if size == nil {
		return nil, fmt.Errorf("page size: browser sent no content size")
	}
	beyond := true
	r, err := cdp.Call(ctx, t, page.CaptureScreenshot, page.CaptureScreenshotParams{
		Format:                page.CaptureScreenshotFormatPng,
		CaptureBeyondViewport: &beyond,
		Clip: &page.Viewport{
			Width:  math.Ceil(size.Width),
			Height: math.Ceil(size.Height),
			Scale:  1,
		},
	})
	if err != nil {
		return nil, fmt.Errorf("capture screenshot: %w", err)
	}
	return r.Data, nil
}
