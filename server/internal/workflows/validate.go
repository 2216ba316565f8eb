package workflows

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/customvalues"
)

// checker validates a workflow against the workspace's contact fields.
type checker struct {
	fields []string
	scope  customvalues.Scope
	v      apperr.Validation
	now    time.Time
	event  string // the trigger's event, if any
}

func newChecker(fields []string, t Trigger, now time.Time) *checker {
	sc := customvalues.Scope{Fields: fields, Document: strings.HasPrefix(t.Event, "document."), Invoice: strings.HasPrefix(t.Event, "invoice.")}
	return &checker{fields: fields, scope: sc, v: apperr.Validation{}, now: now, event: t.Event}
}

func (c *checker) name(n string) {
	if strings.TrimSpace(n) == "" || utf8.RuneCountInString(n) > 200 {
		c.v.Add("name", "Give the workflow a name of 1 to 200 characters.")
	}
}

func (c *checker) trigger(t Trigger) {
	set := 0
	for _, b := range []bool{t.Event != "", t.Schedule != "", t.Manual} {
		if b {
			set++
		}
	}
	switch {
	case set != 1:
		c.v.Add("trigger", `Give one trigger: {"event":"contact.invited"}, {"schedule":"0 9 * * 1"} or {"manual":true}.`)
	case t.Event != "" && !slices.Contains(TriggerEvents, t.Event):
		c.v.Add("trigger.event", fmt.Sprintf("Unknown event %q; use one of %s.", t.Event, strings.Join(TriggerEvents, ", ")))
	case t.Schedule != "":
		if _, err := parseCron(t.Schedule); err != nil {
			c.v.Add("trigger.schedule", "Write the schedule as five cron fields, like 0 9 * * 1 (09:00 every Monday): "+err.Error())
		}
	}
	if t.Filter != nil {
		c.condition("trigger.filter", t.Filter)
	}
}

func (c *checker) steps(path string, steps []Step) {
	if len(steps) == 0 && path == "steps" {
		c.v.Add("steps", "Add at least one step.")
	}
	if len(steps) > 50 {
		c.v.Add(path, "Keep a list of steps to 50.")
		return
	}
	for i, s := range steps {
		c.step(fmt.Sprintf("%s[%d]", path, i), s)
	}
}

func (c *checker) step(p string, s Step) {
	switch s.Kind {
	case StepWait:
		c.wait(p, s)
	case StepIf:
		if s.Condition == nil {
			c.v.Add(p+".condition", "An if step needs a condition.")
		} else {
			c.condition(p+".condition", s.Condition)
		}
		c.steps(p+".then", s.Then)
		c.steps(p+".else", s.Else)
	case StepEmail:
		c.email(p, s)
	case StepNotifyOwner:
		c.text(p+".message", s.Message, 2000, true)
	case StepAddToGroup, StepGrantCourse:
		if s.GroupID == "" && s.Kind == StepAddToGroup {
			c.v.Add(p+".group_id", "Name the group to add the contact to.")
		}
		if s.CourseID == "" && s.Kind == StepGrantCourse {
			c.v.Add(p+".course_id", "Name the course to give the contact.")
		}
	case StepSMS:
		if s.Body != "" {
			c.v.Add(p+".body", "A workflow's text is the workspace's login text (its link and code, worded in the text settings); leave body out.")
		}
	case StepWebhook:
		if u, err := url.Parse(s.URL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			c.v.Add(p+".url", "Use the http:// or https:// address of one of the workspace's webhooks.")
		}
	case StepSendDoc:
		if c.event == "document.sent" {
			c.v.Add(p+".kind", "A workflow started by document.sent cannot send a document: it would start itself again. Start it on another event, or remove this step.")
		}
		if s.TemplateID == "" {
			c.v.Add(p+".template_id", "Name the document template to send (its id from /api/v1/document-templates).")
		}
	default:
		c.v.Add(p+".kind", fmt.Sprintf("Unknown step kind %q; use wait, if, email, sms, webhook, add_to_group, grant_course, send_document or notify_owner.", s.Kind))
	}
}

func (c *checker) wait(p string, s Step) {
	if (s.Duration == "") == (s.Until == nil) {
		c.v.Add(p, `A wait step needs a duration like "72h" or an until time, not both.`)
		return
	}
	if s.Duration != "" {
		d, err := time.ParseDuration(s.Duration)
		if err != nil || d < MinWait {
			c.v.Add(p+".duration", fmt.Sprintf("Write the wait as a duration of at least 1s, like 30s, 72h or 1h30m (not %q).", s.Duration))
		} else if d > 366*24*time.Hour {
			c.v.Add(p+".duration", "Keep a wait under a year.")
		}
	}
}

func (c *checker) email(p string, s Step) {
	if s.TemplateID != "" {
		if s.TemplateID != "invitation" && s.TemplateID != "login" {
			c.v.Add(p+".template_id", "Use the saved email template invitation or login, or write a subject and body.")
		}
		return
	}
	c.text(p+".subject", s.Subject, 300, true)
	c.text(p+".body", s.Body, 20000, true)
}

func (c *checker) text(p, text string, max int, required bool) {
	switch {
	case required && strings.TrimSpace(text) == "":
		c.v.Add(p, "Write this text.")
	case utf8.RuneCountInString(text) > max:
		c.v.Add(p, fmt.Sprintf("Keep this under %d characters.", max))
	default:
		if why := c.scope.Problem(text); why != "" {
			c.v.Add(p, why)
		}
	}
}

func (c *checker) condition(p string, cond *Condition) {
	set := 0
	if cond.ContactStatus != "" {
		set++
		if !slices.Contains([]string{"invited", "joined", "not_invited"}, cond.ContactStatus) {
			c.v.Add(p+".contact_status", "Use invited, joined or not_invited.")
		}
	}
	if cond.Field != "" || cond.Equals != nil {
		set++
		if !slices.Contains(c.fields, cond.Field) {
			c.v.Add(p+".field", fmt.Sprintf("There is no contact field %q; add it first.", cond.Field))
		}
		if cond.Equals == nil {
			c.v.Add(p+".equals", "Say what the field must equal.")
		}
	}
	if cond.HasPhone != nil {
		set++
	}
	if set != 1 {
		c.v.Add(p, `Give one test: {"contact_status":"invited"}, {"field":"company","equals":"Acme"} or {"has_phone":true}.`)
	}
}
