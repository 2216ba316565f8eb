package ui

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

// focused is the JS test that the element with id has focus.
func focused(id string) string {
	return `(document.activeElement && document.activeElement.id) === "` + id + `"`
}

func TestBrowserAWorkflowMadeThroughTheAPIKeepsItsSavedEmailAndItsWaitUntilThroughMovesAndSave(t *testing.T) {
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	owner := ownerClient(portal)
	until := testenv.Clock.Now().Add(72 * time.Hour).UTC().Truncate(time.Second)
	wf, err := owner.CreateWorkflow(testenv.Context(t), api.WorkflowInput{Name: "Invite again", Enabled: true,
		Trigger: api.WorkflowTrigger{Event: "contact.invited"},
		Steps: []api.WorkflowStep{{Kind: "email", TemplateID: "invitation"}, {Kind: "wait", Until: &until},
			{Kind: "notify_owner", Message: "{{contact.name}} was invited twice"}}}, "")
	if err != nil {
		t.Fatal(err)
	}
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx,
		chromedp.Click(`nav a[href="/automations/"]`),
		waitPage("/automations/"),
		chromedp.Click(`#workflow-list button[aria-label="Edit Invite again"]`),
		chromedp.WaitVisible("#workflow-form"),
		waitText(`li[data-step="steps[0]"]`, "Uses the saved invitation email"),
	)
	if n := eval[int](t, ctx, `document.querySelectorAll('#workflow-form [name="steps[0].subject"]').length`); n != 0 {
		t.Errorf("a step that uses the saved email shows %d subject fields", n)
	}
	// The buttons read as a person counts the steps, not as form paths.
	if name := eval[string](t, ctx, `document.getElementById("wf-steps-0-down").getAttribute("aria-label")`); name != "Move step 1 (email) down" {
		t.Errorf("the first step's Down button is named %q", name)
	}
	do(t, ctx,
		// Down on the saved email: it moves, and focus stays on its button.
		chromedp.Click("#wf-steps-0-down"),
		waitJS(kindAt("steps[1]", "email"), "the email moved second"),
		waitJS(focused("wf-steps-1-down"), "focus on the moved step's Down"),
		// Down again to the last place: Down is off there, so Up has focus.
		chromedp.Click("#wf-steps-1-down"),
		waitJS(kindAt("steps[2]", "email"), "the email moved last"),
		waitJS(focused("wf-steps-2-up"), "focus on the moved step's Up"),
		chromedp.Click("#wf-steps-2-up"),
		waitJS(kindAt("steps[1]", "email"), "the email moved back"),
		waitJS(focused("wf-steps-1-up"), "focus on the moved step's Up again"),
	)
	do(t, ctx, addStep("steps", "sms", "steps[3]")...)
	do(t, ctx,
		waitJS(focused("wf-steps-3-up"), "focus on the new step"),
		chromedp.Click("#wf-steps-3-remove"),
		waitJS(`!document.querySelector('input[name="steps[3].kind"]')`, "the text step removed"),
		waitJS(focused("wf-steps-2-remove"), "focus on the step before the removed one"),
		// Enter in the name saves, rather than pressing the form's first button.
		chromedp.Focus("#wf-name"),
		chromedp.KeyEvent(kb.End),
		chromedp.KeyEvent(" later"),
	)
	do(t, ctx,
		chromedp.KeyEvent(kb.Enter),
		waitText("#workflow-list", "Saved: Invite again later"),
	)
	got, err := owner.Workflow(testenv.Context(t), wf.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := []api.WorkflowStep{{Kind: "wait", Until: &until}, {Kind: "email", TemplateID: "invitation"},
		{Kind: "notify_owner", Message: "{{contact.name}} was invited twice"}}
	if mustJSONString(got.Steps) != mustJSONString(want) || got.Name != "Invite again later" {
		t.Fatalf("saved %q with %s, want %s", got.Name, mustJSONString(got.Steps), mustJSONString(want))
	}
}

func TestBrowserAWorkflowWithoutStepsIsNotSavedAndKeepsAnEventTheListDoesNotName(t *testing.T) {
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	owner := ownerClient(portal)
	wf, err := owner.CreateWorkflow(testenv.Context(t), api.WorkflowInput{Name: "Tell me", Enabled: true,
		Trigger: api.WorkflowTrigger{Event: "contact.joined"}, Steps: []api.WorkflowStep{{Kind: "notify_owner", Message: "{{contact.name}} joined"}}}, "")
	if err != nil {
		t.Fatal(err)
	}
	connectInBrowser(t, ctx, h, portal)
	do(t, ctx,
		chromedp.Click(`nav a[href="/automations/"]`),
		waitPage("/automations/"),
		chromedp.Click(`#workflow-list button[aria-label="Edit Tell me"]`),
		chromedp.WaitVisible("#workflow-form"),
		chromedp.Click("#wf-steps-0-remove"),
		waitJS(`!document.querySelector('input[name="steps[0].kind"]')`, "the only step removed"),
		waitJS(focused("wf-steps-add"), "focus on Add once no step is left"),
		chromedp.Click("#wf-save"),
		waitText("#workflow-editor", "Add at least one step."),
	)
	if text := eval[string](t, ctx, `document.getElementById("workflow-list").textContent`); strings.Contains(text, "Saved") {
		t.Errorf("a workflow without steps reads as saved: %s", text)
	}
	got, err := owner.Workflow(testenv.Context(t), wf.ID)
	if err != nil || len(got.Steps) != 1 {
		t.Fatalf("the server has %+v (%v); want its one step kept", got.Steps, err)
	}
	// The server refuses an explicit empty list too, naming the steps.
	err = owner.Do(testenv.Context(t), api.Request{Method: http.MethodPatch, Path: "/api/v1/workflows/" + wf.ID,
		Body: map[string]any{"steps": []any{}}}, nil)
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Status != http.StatusUnprocessableEntity || ae.Fields["steps"] == "" {
		t.Fatalf("an explicit empty list of steps gave %v; want a 422 naming steps", err)
	}
}

func TestTheEditorKeepsAWorkflowsEventWhenTheListDoesNotNameIt(t *testing.T) {
	if got := triggerEvents("contact.retired"); got[len(got)-1] != "contact.retired" {
		t.Fatalf("an event outside the list is dropped from the choices: %v", got)
	}
	if got := triggerEvents("contact.invited"); len(got) != len(api.WorkflowTriggerEvents) {
		t.Fatalf("a listed event is offered twice: %v", got)
	}
}

func TestBrowserTheCustomValueSuggestionsMoveWithTheArrowsAndEscapeGoesBackToTheField(t *testing.T) {
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	ctx := testenv.Browser(t)
	connectInBrowser(t, ctx, h, portal)
	subject := `input[name="steps[0].subject"]`
	active := `document.activeElement.getAttribute("data-cv")`
	do(t, ctx,
		chromedp.Click(`nav a[href="/automations/"]`),
		waitPage("/automations/"),
		chromedp.Click("#new-workflow"),
		chromedp.WaitVisible("#workflow-form"),
		chromedp.SendKeys(subject, "Hi {{"),
		waitJS(`document.querySelectorAll(".cv-suggest button").length > 1`, "two suggestions or more"),
	)
	if n := eval[int](t, ctx, `document.querySelectorAll('.cv-suggest [role="listbox"], .cv-suggest[role], .cv-suggest [role="option"]').length`); n != 0 {
		t.Errorf("the suggestions carry %d listbox or option roles around buttons", n)
	}
	first := eval[string](t, ctx, `document.querySelectorAll(".cv-suggest button")[0].getAttribute("data-cv")`)
	second := eval[string](t, ctx, `document.querySelectorAll(".cv-suggest button")[1].getAttribute("data-cv")`)
	do(t, ctx,
		chromedp.KeyEvent(kb.ArrowDown),
		waitJS(active+` === "`+first+`"`, "the first suggestion focused"),
		chromedp.KeyEvent(kb.ArrowDown),
		waitJS(active+` === "`+second+`"`, "the second suggestion focused"),
		chromedp.KeyEvent(kb.ArrowUp),
		waitJS(active+` === "`+first+`"`, "back on the first suggestion"),
		chromedp.KeyEvent(kb.Escape),
		waitJS(`!document.querySelector(".cv-suggest")`, "the suggestions closed"),
		waitJS(`document.activeElement === document.querySelector('`+subject+`')`, "focus back in the subject"),
	)
}

func TestAStepInsideABranchIsNamedByItsPlaceAsAPersonCountsIt(t *testing.T) {
	for path, want := range map[string]string{
		"steps[1]":                 "step 2 (email)",
		"steps[2].then[0]":         "step 1 of step 3's then (email)",
		"steps[0].else[1].then[0]": "step 1 of step 2's then of step 1's else (email)",
	} {
		if got := stepName(path, "email"); got != want {
			t.Errorf("%s reads %q, want %q", path, got, want)
		}
	}
	l := stepList("steps[2].else", []api.WorkflowStep{{Kind: "add_to_group"}}, nil, &EditorOptions{})
	if l.Where != " to the else branch of step 3 (if)" || l.Items[0].Name != "step 1 of step 3's else (add to group)" || l.AddID != "wf-steps-2-else-add" {
		t.Errorf("the else branch of step 3 reads %q, its step %q, its add button %q", l.Where, l.Items[0].Name, l.AddID)
	}
}
