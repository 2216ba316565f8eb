package browsertest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/chromedp/chromedp"
)

// axeFile is where frontend/scripts/vendor.sh puts axe-core, from the
// repository root.
const axeFile = "frontend/static/vendor/axe.min.js"

// Violation is one accessibility rule that the page breaks, as axe-core
// reports it.
type Violation struct {
	ID     string          `json:"id"`
	Impact string          `json:"impact"`
	Help   string          `json:"help"`
	Nodes  []ViolationNode `json:"nodes"`
}

// ViolationNode is one element that breaks the rule.
type ViolationNode struct {
	Target  string `json:"target"`
	HTML    string `json:"html"`
	Summary string `json:"summary"`
}

// String formats the violation for a test failure message.
func (v Violation) String() string {
	var s strings.Builder
	fmt.Fprintf(&s, "%s (%s): %s", v.ID, v.Impact, v.Help)
	for _, n := range v.Nodes {
		fmt.Fprintf(&s, "\n  at %s: %s", n.Target, n.HTML)
	}
	return s.String()
}

// axeRunJS runs axe-core on the page and keeps serious and critical
// violations, flattened to the Violation shape.
const axeRunJS = `axe.run(document, {resultTypes: ["violations"]}).then(r =>
  r.violations
    .filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({target: n.target.join(" "), html: n.html, summary: n.failureSummary || ""}))})))`

// Axe injects the vendored axe-core into the current page, runs it, and
// returns the serious and critical accessibility violations (none: nil).
func (b *Browser) Axe() []Violation {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, b.cfg.timeout)
	defer cancel()
	found, err := AxeIn(ctx)
	if err != nil {
		b.t.Fatalf("browsertest: %v%s", err, b.timeoutHint(err))
	}
	return found
}

// AxeIn runs axe-core on the page of a chromedp tab context, for tests that
// drive chromedp themselves (the desktop app's UI tests).
func AxeIn(ctx context.Context) ([]Violation, error) {
	src, err := readAxe()
	if err != nil {
		return nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](src)); err != nil {
		return nil, fmt.Errorf("inject axe-core: %w", err)
	}
	found, err := chromedp.Run(ctx, chromedp.Evaluate[[]Violation](axeRunJS, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, fmt.Errorf("run axe-core: %w", err)
	}
	if len(found) == 0 {
		return nil, nil
	}
	return found, nil
}

// readAxe finds axe.min.js by walking up from the working directory (a test
// runs in its package folder) to the repository root.
func readAxe() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find %s: %w", axeFile, err)
	}
	for {
		src, err := os.ReadFile(filepath.Join(dir, axeFile))
		if err == nil {
			return string(src), nil
		}
		if !errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("read %s: %w", axeFile, err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("%s not found above the test folder; run `make deps` to vendor it", axeFile)
		}
		dir = parent
	}
}
