package workflows

import (
	"errors"
	"fmt"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/courses"
	"clientportal/server/internal/events"
	"clientportal/server/internal/groups"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// addToGroup makes the contact a member of the step's group.
func (x *execution) addToGroup(s *Step) error {
	if _, err := x.tx.Groups().ByID(x.run.WorkspaceID, s.GroupID); errors.Is(err, store.ErrNotFound) {
		return stepFailed{why: "The group no longer exists."}
	} else if err != nil {
		return err
	}
	fresh, err := x.tx.Groups().AddMembers(x.run.WorkspaceID, s.GroupID, []string{x.contact.ID}, x.s.now())
	if err != nil || len(fresh) == 0 {
		return err
	}
	return events.Emit(x.tx, x.run.WorkspaceID, groups.EventMemberAdded, map[string]any{"group_id": s.GroupID, "contact_id": x.contact.ID})
}

// grantCourse gives the contact access to the step's course.
func (x *execution) grantCourse(s *Step) error {
	if _, err := x.tx.Courses().ByID(x.run.WorkspaceID, s.CourseID); errors.Is(err, store.ErrNotFound) {
		return stepFailed{why: "The course no longer exists."}
	} else if err != nil {
		return err
	}
	fresh, err := x.tx.Courses().Grant(x.run.WorkspaceID, s.CourseID, []string{x.contact.ID}, x.s.now())
	if err != nil || len(fresh) == 0 {
		return err
	}
	return events.Emit(x.tx, x.run.WorkspaceID, courses.EventGranted, map[string]any{"course_id": s.CourseID, "contact_id": x.contact.ID})
}

// checkRefs refuses steps that name a group, course or webhook the workspace
// does not have, or a document template it cannot send.
func (s *Service) checkRefs(tx *store.Tx, workspaceID, path string, steps []Step, v apperr.Validation) error {
	for i, st := range steps {
		p := fmt.Sprintf("%s[%d]", path, i)
		var err error
		switch st.Kind {
		case StepAddToGroup:
			_, err = tx.Groups().ByID(workspaceID, st.GroupID)
			if errors.Is(err, store.ErrNotFound) {
				v.Add(p+".group_id", fmt.Sprintf("There is no group %q in this workspace.", st.GroupID))
				err = nil
			}
		case StepGrantCourse:
			_, err = tx.Courses().ByID(workspaceID, st.CourseID)
			if errors.Is(err, store.ErrNotFound) {
				v.Add(p+".course_id", fmt.Sprintf("There is no course %q in this workspace.", st.CourseID))
				err = nil
			}
		case StepWebhook:
			var ok bool
			if ok, err = hasWebhook(tx, workspaceID, st.URL); err == nil && !ok && st.URL != "" {
				v.Add(p+".url", "Add this address under /api/v1/webhooks first: the webhook gives the step its signing secret.")
			}
		case StepSendDoc:
			err = s.checkTemplate(tx, workspaceID, p, st, v)
		case StepIf:
			if err = s.checkRefs(tx, workspaceID, p+".then", st.Then, v); err == nil {
				err = s.checkRefs(tx, workspaceID, p+".else", st.Else, v)
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// hasWebhook reports whether the workspace has a webhook of the address.
func hasWebhook(tx *store.Tx, workspaceID, url string) (bool, error) {
	hs, err := tx.Webhooks().List(workspaceID)
	for _, h := range hs {
		if h.URL == url {
			return true, err
		}
	}
	return false, err
}

// webhook posts the run's contact to the saved webhook of the step's
// address, through the event log: the event is recorded once, with the
// step, and the webhook delivers it once, signed.
func (x *execution) webhook(s *Step) error {
	ok, err := hasWebhook(x.tx, x.run.WorkspaceID, s.URL)
	if err != nil {
		return err
	}
	if !ok {
		return stepFailed{why: "The webhook of this address was deleted."}
	}
	c := x.contact
	return events.Emit(x.tx, x.run.WorkspaceID, model.EventWorkflowWebhook, map[string]any{"url": s.URL, "workflow_id": x.run.WorkflowID,
		"run_id": x.run.ID, "contact_id": c.ID, "contact": map[string]any{"id": c.ID, "email": c.Email, "name": c.Name, "phone": c.Phone,
			"status": c.Status, "fields": c.Fields}})
}
