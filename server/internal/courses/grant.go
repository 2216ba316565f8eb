package courses

import (
	"context"
	"fmt"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// GrantRequest names who gets a course: some contacts, or every joined one.
type GrantRequest struct {
	ContactIDs []string
	AllJoined  bool
}

// maxGrantBatch bounds one grant request.
const maxGrantBatch = 10_000

// Grant gives contacts access to a course; each contact who had none
// before gets a course.granted event. It returns how many were new.
func (s *Service) Grant(ctx context.Context, workspaceID, courseID string, in GrantRequest) (int, error) {
	if in.AllJoined == (len(in.ContactIDs) > 0) {
		return 0, apperr.New(apperr.Invalid, "Name the contacts in contact_ids, or set all_joined to true, but not both.")
	}
	if len(in.ContactIDs) > maxGrantBatch {
		return 0, apperr.New(apperr.Invalid, "Grant at most %d contacts at once.", maxGrantBatch)
	}
	var fresh []string
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Courses().ByID(workspaceID, courseID); err != nil {
			return store.Missing(err, courseMissing)
		}
		ids, err := s.grantees(tx, workspaceID, in)
		if err != nil || len(ids) == 0 {
			return err
		}
		if fresh, err = tx.Courses().Grant(workspaceID, courseID, ids, s.now()); err != nil {
			return err
		}
		for _, id := range fresh {
			if err := events.Emit(tx, workspaceID, EventGranted, map[string]any{"course_id": courseID, "contact_id": id}); err != nil {
				return err
			}
		}
		return nil
	})
	return len(fresh), err
}

// grantees resolves a grant request to contact ids of the workspace; an id
// that is not one of its contacts is refused, naming it.
func (s *Service) grantees(tx *store.Tx, workspaceID string, in GrantRequest) ([]string, error) {
	if in.AllJoined {
		return tx.Courses().JoinedContacts(workspaceID)
	}
	known, err := tx.Contacts().ExistingIDs(workspaceID, in.ContactIDs)
	if err != nil {
		return nil, err
	}
	ok := map[string]bool{}
	for _, id := range known {
		ok[id] = true
	}
	for i, id := range in.ContactIDs {
		if !ok[id] {
			return nil, &apperr.Error{Kind: apperr.Invalid, Message: "Some fields need attention.",
				Fields: map[string]string{fmt.Sprintf("contact_ids[%d]", i): "There is no contact " + id + " in this workspace."}}
		}
	}
	return in.ContactIDs, nil
}

// Revoke takes a contact's access to a course away; their progress is kept
// for when access is granted again.
func (s *Service) Revoke(ctx context.Context, workspaceID, courseID, contactID string) error {
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		ok, err := tx.Courses().Revoke(workspaceID, courseID, contactID)
		if err == nil && !ok {
			return apperr.NotFoundf("This contact has no access to this course.")
		}
		return err
	})
}

// ClientProgress is one contact's progress through a course.
type ClientProgress struct {
	Grant     model.CourseGrant
	Contact   ContactRef
	Completed []model.LessonCompletion
	Lessons   int
}

// Percent is the share of lessons finished, 0–100.
func (p ClientProgress) Percent() int { return percent(len(p.Completed), p.Lessons) }

// ContactRef names a contact in the progress report.
type ContactRef struct{ ID, Name, Email string }

// Progress reports, for each contact granted the course, the lessons they finished.
func (s *Service) Progress(ctx context.Context, workspaceID, courseID string) (o Outline, out []ClientProgress, err error) {
	err = s.store.View(ctx, func(tx *store.Tx) error {
		if o, err = outline(tx, workspaceID, courseID); err != nil {
			return err
		}
		gs, err := tx.Courses().Grants(workspaceID, courseID)
		if err != nil {
			return err
		}
		done, err := tx.Courses().Completions(workspaceID, courseID, "")
		if err != nil {
			return err
		}
		byContact := map[string][]model.LessonCompletion{}
		for _, c := range done {
			byContact[c.ContactID] = append(byContact[c.ContactID], c)
		}
		for _, g := range gs {
			ct, err := tx.Contacts().ByID(workspaceID, g.ContactID)
			if err != nil {
				return err
			}
			out = append(out, ClientProgress{Grant: g, Contact: ContactRef{ct.ID, ct.Name, ct.Email}, Completed: byContact[g.ContactID], Lessons: len(o.Lessons)})
		}
		return nil
	})
	return o, out, err
}

func percent(done, total int) int {
	if total == 0 {
		return 0
	}
	return done * 100 / total
}
