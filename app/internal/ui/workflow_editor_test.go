package ui

import (
	"net/url"
	"strings"
	"testing"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestTheStepEditorAddsMovesAndRemovesStepsInsideIfAndElseAndNamesEachErrorAtItsStep(t *testing.T) {
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	if _, body := get(t, h, "/automations/new"); !strings.Contains(body, `name="steps[0].kind" value="email"`) || !strings.Contains(body, `<datalist id="custom-values">`) ||
		!strings.Contains(body, `{{portal.magic_link}}`) {
		t.Fatalf("a new workflow's editor misses its first email step or the custom values:\n%s", body)
	}
	form := url.Values{"name": {"Nudge"}, "trigger": {"contact.invited"}, "enabled": {"true"},
		"steps[0].kind": {"email"}, "steps[0].subject": {"Hi {{contact.first_name}}"}, "steps[0].body": {"Log in: {{portal.magic_link}}"}}
	edit := func(op, kind string) string {
		t.Helper()
		f := url.Values{}
		for k, v := range form {
			f[k] = v
		}
		f.Set("op", op)
		list, _, _ := strings.Cut(strings.TrimPrefix(op, "add:"), ":")
		f.Set("add_kind:"+list, kind)
		_, body := post(t, h, "/automations/editor", f)
		return body
	}
	body := edit("add:steps", "if")
	if !strings.Contains(body, `name="steps[1].kind" value="if"`) || !strings.Contains(body, `data-steps="steps[1].then"`) || !strings.Contains(body, `data-steps="steps[1].else"`) {
		t.Fatalf("adding an if step gave:\n%s", body)
	}
	form.Set("steps[1].kind", "if")
	form.Set("steps[1].condition", "contact_status:invited")
	if body = edit("add:steps[1].else", "notify_owner"); !strings.Contains(body, `name="steps[1].else[0].kind" value="notify_owner"`) {
		t.Fatalf("adding a step to the else branch gave:\n%s", body)
	}
	form.Set("steps[1].else[0].kind", "notify_owner")
	form.Set("steps[1].else[0].message", "")
	if body = edit("up:steps[1]", ""); !strings.Contains(body, `name="steps[0].kind" value="if"`) || !strings.Contains(body, `name="steps[0].else[0].kind" value="notify_owner"`) ||
		!strings.Contains(body, `name="steps[1].kind" value="email"`) {
		t.Fatalf("moving the if step up (with its branch) gave:\n%s", body)
	}
	body = edit("save", "")
	if !strings.Contains(body, "Not saved") || !strings.Contains(body, `data-step="steps[1].else[0]"`) {
		t.Fatalf("saving an empty notice gave:\n%s", body)
	}
	at := body[strings.Index(body, `data-step="steps[1].else[0]"`):]
	if !strings.Contains(at[:strings.Index(at, "</fieldset>")], "Write this text.") {
		t.Fatalf("the empty notice's error is not at its step:\n%s", body)
	}
	form.Set("steps[1].else[0].message", "{{contact.name}} has joined")
	if body = edit("save", ""); !strings.Contains(body, "Saved: Nudge") || !strings.Contains(body, `hx-swap-oob="true"`) {
		t.Fatalf("saving gave:\n%s", body)
	}
	l, err := ownerClient(portal).Workflows(testenv.Context(t))
	if err != nil || len(l.Workflows) != 1 {
		t.Fatalf("the server has %+v (%v); want the one workflow", l, err)
	}
	got := l.Workflows[0].Steps
	want := []api.WorkflowStep{{Kind: "email", Subject: "Hi {{contact.first_name}}", Body: "Log in: {{portal.magic_link}}"},
		{Kind: "if", Condition: &api.WorkflowCondition{ContactStatus: "invited"}, Else: []api.WorkflowStep{{Kind: "notify_owner", Message: "{{contact.name}} has joined"}}}}
	if mustJSONString(got) != mustJSONString(want) {
		t.Fatalf("saved steps %s, want %s", mustJSONString(got), mustJSONString(want))
	}
	_, body = get(t, h, "/automations/"+l.Workflows[0].ID+"/edit")
	if !strings.Contains(body, `value="{{contact.name}} has joined"`) && !strings.Contains(body, `{{contact.name}} has joined</textarea>`) {
		t.Fatalf("the saved workflow's editor:\n%s", body)
	}
	if body = edit("remove:steps[0]", ""); strings.Contains(body, `name="steps[0].kind" value="email"`) || !strings.Contains(body, `name="steps[0].kind" value="if"`) {
		t.Fatalf("removing the email step left it:\n%s", body)
	}
}

func TestTheOwnerSetsTheTimeZoneSchedulesRunInAndAnUnknownOneIsRefused(t *testing.T) {
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	if _, body := get(t, h, "/automations/time-zone"); !strings.Contains(body, `name="time_zone" value=""`) {
		t.Fatalf("the time zone form of a new workspace:\n%s", body)
	}
	if _, body := post(t, h, "/automations/time-zone", url.Values{"time_zone": {"Mars/Olympus"}}); !strings.Contains(body, "Not saved") ||
		!strings.Contains(body, `id="wf-zone-error"`) {
		t.Fatalf("an unknown zone gave:\n%s", body)
	}
	if _, body := post(t, h, "/automations/time-zone", url.Values{"time_zone": {"Pacific/Auckland"}}); !strings.Contains(body, "Saved: schedules now run on Pacific/Auckland time.") {
		t.Fatalf("saving Auckland gave:\n%s", body)
	}
	p, err := ownerClient(portal).Portal(testenv.Context(t))
	if err != nil || p.Settings.TimeZone != "Pacific/Auckland" {
		t.Fatalf("the server's settings %+v (%v); want Pacific/Auckland", p.Settings, err)
	}
}
