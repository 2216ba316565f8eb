package ui

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"clientportal/frontend"
)

// axeViolation is one accessibility rule broken on the page.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  int    `json:"nodes"`
}

// assertAccessible runs axe-core (vendored) on the current page and fails
// on serious or critical violations.
func assertAccessible(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	src, err := fs.ReadFile(frontend.Static(), "vendor/axe.min.js")
	if err != nil {
		t.Fatalf("vendored axe-core: %v (run make deps-frontend)", err)
	}
	eval[bool](t, ctx, string(src)+";true")
	vs := eval[[]axeViolation](t, ctx, `axe.run(document, {resultTypes: ["violations"]}).then(r =>
		r.violations.filter(v => v.impact === "serious" || v.impact === "critical")
		 .map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length})))`)
	var msgs []string
	for _, v := range vs {
		msgs = append(msgs, v.Impact+" "+v.ID+": "+v.Help)
	}
	if len(msgs) > 0 {
		t.Errorf("%s has accessibility violations:\n%s", page, strings.Join(msgs, "\n"))
	}
}
