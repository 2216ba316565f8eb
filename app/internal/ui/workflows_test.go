package ui

import (
	"net/url"
	"strings"
	"testing"

	"clientportal/app/internal/testenv"
)

func TestTheOwnerAddsTheNudgeRecipeAndPausesAndResumesIt(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	if _, page := get(t, h, "/automations/"); !strings.Contains(page, "No workflows yet") || !strings.Contains(page, `href="/automations/" aria-current="page"`) {
		t.Fatalf("automations page before any workflow:\n%s", page)
	}
	_, body := post(t, h, "/automations/recipes/nudge", nil)
	if m := missing(body, "Added: Nudge invited clients", "When contact.invited", "Pause"); m != "" {
		t.Fatalf("after adding the recipe the list misses %q:\n%s", m, body)
	}
	l, err := ownerClient(portal).Workflows(testenv.Context(t))
	if err != nil || len(l.Workflows) != 1 || !l.Workflows[0].Enabled || l.Workflows[0].Steps[0].Duration != "72h" {
		t.Fatalf("the server has %+v (%v); want the enabled nudge workflow", l, err)
	}
	id := l.Workflows[0].ID
	if _, body = get(t, h, "/automations/"+id+"/runs"); !strings.Contains(body, "No runs yet") {
		t.Fatalf("runs of a new workflow:\n%s", body)
	}
	if _, body = post(t, h, "/automations/enabled/"+id, url.Values{"enabled": {"false"}}); !strings.Contains(body, "paused") || !strings.Contains(body, "Resume") {
		t.Fatalf("pause:\n%s", body)
	}
	if _, body = post(t, h, "/automations/enabled/"+id, url.Values{"enabled": {"true"}}); !strings.Contains(body, `badge ok">on`) {
		t.Fatalf("resume:\n%s", body)
	}
}
