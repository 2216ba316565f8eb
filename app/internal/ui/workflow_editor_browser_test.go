package ui

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

// kindAt is the JS test that the step at path is of kind.
func kindAt(path, kind string) string {
	return `(function(){var e=document.querySelector('input[name="` + path + `.kind"]');return !!e && e.value===` + "'" + kind + "'" + `;})()`
}

// addStep picks kind in the add menu of the list at path and presses Add.
func addStep(path, kind, wantAt string) []chromedp.Action[chromedp.Void] {
	return []chromedp.Action[chromedp.Void]{
		chromedp.SetValue(`select[name="add_kind:`+path+`"]`, kind),
		chromedp.Click(`button[value="add:` + path + `"]`),
		waitJS(kindAt(wantAt, kind), kind+" at "+wantAt),
	}
}

func TestBrowserTheOwnerWritesAWorkflowStepByStepPicksCustomValuesAsTheyTypeAndReadsItsRunLog(t *testing.T) {
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	subject, body := `input[name="steps[1].subject"]`, `textarea[name="steps[1].body"]`
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.Click(`nav a[href="/automations/"]`),
		waitPage("/automations/"),
		chromedp.Click("#new-workflow"),
		chromedp.WaitVisible("#workflow-form"),
		chromedp.SendKeys("#wf-name", "Welcome"),
		chromedp.SetValue("#wf-trigger", "contact.invited"),
	}
	steps = append(steps, addStep("steps", "wait", "steps[1]")...)
	steps = append(steps,
		chromedp.SetValue(`input[name="steps[1].duration"]`, "1s"),
		chromedp.Click(`button[value="up:steps[1]"]`),
		waitJS(kindAt("steps[0]", "wait"), "the wait moved first"),
		// The custom values are offered as the owner types {{ in the subject and body.
		chromedp.SendKeys(subject, "Hi {{con"),
		waitText(".cv-suggest", "{{contact.first_name}}"),
		chromedp.Click(`.cv-suggest button[data-cv="{{contact.first_name}}"]`),
		waitJS(`document.querySelector('`+subject+`').value === "Hi {{contact.first_name}}"`, "the value put in the subject"),
		chromedp.SendKeys(body, "Log in: {{portal.mag"),
		waitText(".cv-suggest", "{{portal.magic_link}}"),
		chromedp.Click(`.cv-suggest button[data-cv="{{portal.magic_link}}"]`),
		waitJS(`document.querySelector('`+body+`').value === "Log in: {{portal.magic_link}}"`, "the value put in the body"),
	)
	steps = append(steps, addStep("steps", "if", "steps[2]")...)
	steps = append(steps, chromedp.SetValue(`select[name="steps[2].condition"]`, "contact_status:invited"))
	steps = append(steps, addStep("steps[2].then", "notify_owner", "steps[2].then[0]")...)
	steps = append(steps, chromedp.SendKeys(`textarea[name="steps[2].then[0].message"]`, "{{contact.name}} has not joined yet"))
	steps = append(steps, addStep("steps", "sms", "steps[3]")...)
	steps = append(steps,
		chromedp.Click(`button[value="remove:steps[3]"]`),
		waitJS(`!document.querySelector('input[name="steps[3].kind"]')`, "the text step removed"),
		chromedp.Click(`button[value="save"]`),
		waitText("#workflow-list", "Saved: Welcome"),
	)
	do(t, ctx, steps...)
	assertAccessible(t, ctx, "automations")

	owner := ownerClient(portal)
	l, err := owner.Workflows(testenv.Context(t))
	if err != nil || len(l.Workflows) != 1 {
		t.Fatalf("the server has %+v (%v)", l, err)
	}
	w := l.Workflows[0]
	want := []api.WorkflowStep{{Kind: "wait", Duration: "1s"}, {Kind: "email", Subject: "Hi {{contact.first_name}}", Body: "Log in: {{portal.magic_link}}"},
		{Kind: "if", Condition: &api.WorkflowCondition{ContactStatus: "invited"}, Then: []api.WorkflowStep{{Kind: "notify_owner", Message: "{{contact.name}} has not joined yet"}}}}
	if mustJSONString(w.Steps) != mustJSONString(want) || w.Trigger.Event != "contact.invited" || !w.Enabled {
		t.Fatalf("saved %s on %+v; want %s on contact.invited", mustJSONString(w.Steps), w.Trigger, mustJSONString(want))
	}

	if _, err := owner.Invite(testenv.Context(t), api.InviteRequest{Email: "jane@client.test", Name: "Jane Doe"}, ""); err != nil {
		t.Fatal(err)
	}
	waitRunDone(t, owner, w.ID)
	do(t, ctx,
		chromedp.Click(`#workflow-list button[aria-label="Runs of Welcome"]`),
		waitText("#workflow-runs", "Jane Doe"),
		waitText(`#workflow-runs .step-log`, "notify_owner"),
	)
	log := eval[string](t, ctx, `Array.from(document.querySelectorAll("#workflow-runs .step-log .step-kind")).map(e => e.textContent).join(" ")`)
	if log != "wait email if notify_owner" {
		t.Errorf("the run's step log reads %q, want wait email if notify_owner", log)
	}
}

// waitRunDone waits until the workflow's one run is done on the server.
func waitRunDone(t *testing.T, owner *api.Client, id string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		l, err := owner.WorkflowRuns(context.Background(), id)
		if err == nil && len(l.Runs) == 1 && l.Runs[0].State == api.RunDone {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the run did not end: %+v (%v)", l.Runs, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
