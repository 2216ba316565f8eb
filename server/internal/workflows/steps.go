package workflows

import (
	"fmt"
	"strings"

	"clientportal/server/internal/customvalues"
	"clientportal/server/internal/emailtemplates"
	"clientportal/server/internal/events"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/mail"
	"clientportal/server/internal/model"
)

// matches reports whether contact c passes the condition.
func matches(ct model.Contact, c *Condition) bool {
	switch {
	case c == nil:
		return true
	case c.ContactStatus != "":
		return ct.Status == c.ContactStatus
	case c.Field != "":
		return c.Equals != nil && ct.Fields[c.Field] == *c.Equals
	case c.HasPhone != nil:
		return (ct.Phone != "") == *c.HasPhone
	}
	return false
}

// do performs one step that has an effect.
func (x *execution) do(s *Step) error {
	switch s.Kind {
	case StepEmail:
		return x.email(s)
	case StepSMS:
		return x.text()
	case StepWebhook:
		return x.webhook(s)
	case StepAddToGroup:
		return x.addToGroup(s)
	case StepGrantCourse:
		return x.grantCourse(s)
	case StepSendDoc:
		return x.sendDocument(s)
	case StepNotifyOwner:
		src, err := x.source()
		if err != nil {
			return err
		}
		text, err := src.Resolve(s.Message)
		if err != nil {
			return err
		}
		return events.Emit(x.tx, x.run.WorkspaceID, model.EventWorkflowNotice, map[string]any{"workflow_id": x.run.WorkflowID, "run_id": x.run.ID,
			"contact_id": x.contact.ID, "message": text})
	}
	return stepFailed{why: fmt.Sprintf("The %s step cannot run here.", s.Kind)}
}

func (x *execution) workspace() (model.Workspace, error) {
	if x.ws == nil {
		w, err := x.tx.Workspaces().ByID(x.run.WorkspaceID)
		if err != nil {
			return w, err
		}
		x.ws = &w
	}
	return *x.ws, nil
}

// source gathers what the message's custom values are made from; links
// are made only when the text uses them.
func (x *execution) source() (*customvalues.Source, error) {
	w, err := x.workspace()
	if err != nil {
		return nil, err
	}
	portalURL, err := x.s.links.PortalURL(x.tx, w)
	if err != nil {
		return nil, err
	}
	src := &customvalues.Source{Contact: x.contact, Workspace: w, PortalURL: portalURL,
		MagicLink: func() (string, string, error) { return x.s.links.NewMessageLogin(x.tx, w, x.contact) }}
	return src, x.addSubject(src, w)
}

// email queues the step's email to the contact, its custom values filled
// in now (a magic link made now lives from now).
func (x *execution) email(s *Step) error {
	if x.contact.Email == "" {
		return stepFailed{why: "The contact has no email address."}
	}
	w, err := x.workspace()
	if err != nil {
		return err
	}
	subject, body := s.Subject, s.Body
	if s.TemplateID != "" {
		t, err := emailtemplates.LoadIn(x.tx, x.s.catalog, w, s.TemplateID, i18n.Choose(x.contact.Language, "", w.Language))
		if err != nil {
			return err
		}
		subject, body = t.Subject, t.Body
	}
	src, err := x.source()
	if err != nil {
		return err
	}
	if subject, err = src.Resolve(subject); err != nil {
		return err
	}
	text, err := src.Resolve(body)
	if err != nil {
		return err
	}
	l := mail.Letter{Workspace: w, ContactID: x.contact.ID, To: x.contact.Email, Kind: "workflow",
		Subject: strings.ReplaceAll(subject, "\n", " "), PortalURL: src.PortalURL}
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			l.Paragraphs = append(l.Paragraphs, p)
		}
	}
	if customvalues.Uses(body, "portal.magic_link") {
		l.ButtonURL, _ = src.Resolve("{{portal.magic_link}}")
		l.ButtonLabel = "Open your portal"
	}
	d, err := l.Draft()
	if err != nil {
		return err
	}
	d.Text = text
	_, err = mail.Queue(x.tx, d)
	return err
}
