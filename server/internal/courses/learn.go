package courses

import (
	"context"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Enrolment is a course as the client taking it sees it.
type Enrolment struct {
	Outline
	Grant model.CourseGrant
	Done  map[string]bool // lesson id → finished
}

// Percent is the share of lessons finished, 0–100.
func (e Enrolment) Percent() int { return percent(e.DoneCount(), len(e.Lessons)) }

// DoneCount is how many of the course's lessons are finished.
func (e Enrolment) DoneCount() int {
	n := 0
	for _, l := range e.Lessons {
		if e.Done[l.ID] {
			n++
		}
	}
	return n
}

// Resume is the lesson to go on with: the first unfinished lesson from the
// one opened last, else the first unfinished, else the first.
func (e Enrolment) Resume() model.Lesson {
	if len(e.Lessons) == 0 {
		return model.Lesson{}
	}
	start := max(e.index(e.Grant.LastLessonID), 0)
	for i := range e.Lessons {
		if l := e.Lessons[(start+i)%len(e.Lessons)]; !e.Done[l.ID] {
			return l
		}
	}
	return e.Lessons[0]
}

// Started reports whether the client opened or finished any lesson.
func (e Enrolment) Started() bool { return e.Grant.LastLessonID != "" || e.DoneCount() > 0 }

// enrolment loads a published course the contact was granted, or NotFound.
func enrolment(tx *store.Tx, workspaceID, contactID, courseID string) (Enrolment, error) {
	g, err := tx.Courses().GrantOf(workspaceID, courseID, contactID)
	if err != nil {
		return Enrolment{}, store.Missing(err, courseMissing)
	}
	o, err := outline(tx, workspaceID, courseID)
	if err != nil {
		return Enrolment{}, err
	}
	if o.Course.Status != Published {
		return Enrolment{}, apperr.NotFoundf(courseMissing)
	}
	cs, err := tx.Courses().Completions(workspaceID, courseID, contactID)
	done := map[string]bool{}
	for _, c := range cs {
		done[c.LessonID] = true
	}
	return Enrolment{Outline: o, Grant: g, Done: done}, err
}

// Enrolment loads one of the client's courses.
func (s *Service) Enrolment(ctx context.Context, workspaceID, contactID, courseID string) (e Enrolment, err error) {
	err = s.store.View(ctx, func(tx *store.Tx) (err error) { e, err = enrolment(tx, workspaceID, contactID, courseID); return err })
	return e, err
}

// Enrolments lists the client's published courses with their progress, in
// five statements however many courses there are.
func (s *Service) Enrolments(ctx context.Context, workspaceID, contactID string) ([]Enrolment, error) {
	var out []Enrolment
	err := s.store.View(ctx, func(tx *store.Tx) error {
		cs, err := tx.Courses().PublishedFor(workspaceID, contactID)
		if err != nil || len(cs) == 0 {
			return err
		}
		ids := make([]string, len(cs))
		for i, c := range cs {
			ids[i] = c.ID
		}
		ms, ls, err := tx.Courses().ContentOf(workspaceID, ids)
		if err != nil {
			return err
		}
		gs, err := tx.Courses().GrantsOf(workspaceID, contactID)
		if err != nil {
			return err
		}
		done, err := tx.Courses().CompletionsOf(workspaceID, contactID)
		if err != nil {
			return err
		}
		out = enrolments(cs, ms, ls, gs, done)
		return nil
	})
	return out, err
}

// enrolments puts each course together with its content, grant and the
// lessons finished, keeping the courses' order.
func enrolments(cs []model.Course, ms []model.CourseModule, ls []model.Lesson, gs []model.CourseGrant, done []model.LessonCompletion) []Enrolment {
	byCourse := make(map[string]*Enrolment, len(cs))
	out := make([]Enrolment, len(cs))
	for i, c := range cs {
		out[i] = Enrolment{Outline: Outline{Course: c}, Done: map[string]bool{}}
		byCourse[c.ID] = &out[i]
	}
	for _, m := range ms {
		if e := byCourse[m.CourseID]; e != nil {
			e.Modules = append(e.Modules, m)
		}
	}
	for _, l := range ls {
		if e := byCourse[l.CourseID]; e != nil {
			e.Lessons = append(e.Lessons, l)
		}
	}
	for _, g := range gs {
		if e := byCourse[g.CourseID]; e != nil {
			e.Grant = g
		}
	}
	for _, d := range done {
		if e := byCourse[d.CourseID]; e != nil {
			e.Done[d.LessonID] = true
		}
	}
	return out
}

// InProgress counts the client's courses with lessons still to finish.
func (s *Service) InProgress(ctx context.Context, workspaceID, contactID string) (int, error) {
	var ps []model.CourseProgress
	err := s.store.View(ctx, func(tx *store.Tx) (err error) { ps, err = tx.Courses().ProgressFor(workspaceID, contactID); return err })
	n := 0
	for _, p := range ps {
		if p.Lessons > 0 && p.Done < p.Lessons {
			n++
		}
	}
	return n, err
}

// LessonView is one lesson opened by a client, with its neighbours.
type LessonView struct {
	Enrolment
	Lesson     model.Lesson
	Prev, Next *model.Lesson
}

// OpenLesson loads a lesson for the client and remembers it as where they
// left off.
func (s *Service) OpenLesson(ctx context.Context, workspaceID, contactID, courseID, lessonID string) (v LessonView, err error) {
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if v.Enrolment, err = enrolment(tx, workspaceID, contactID, courseID); err != nil {
			return err
		}
		i := v.index(lessonID)
		if i < 0 {
			return apperr.NotFoundf("This lesson does not exist.")
		}
		v.Lesson = v.Lessons[i]
		if i > 0 {
			v.Prev = &v.Lessons[i-1]
		}
		if i+1 < len(v.Lessons) {
			v.Next = &v.Lessons[i+1]
		}
		v.Grant.LastLessonID = lessonID
		return tx.Courses().Visit(workspaceID, courseID, contactID, lessonID, s.now())
	})
	return v, err
}

// Complete marks a lesson finished (once; again is a no-op) and returns the
// course as it now stands.
func (s *Service) Complete(ctx context.Context, workspaceID, contactID, courseID, lessonID string) (e Enrolment, err error) {
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if e, err = enrolment(tx, workspaceID, contactID, courseID); err != nil {
			return err
		}
		if e.index(lessonID) < 0 {
			return apperr.NotFoundf("This lesson does not exist.")
		}
		fresh, err := tx.Courses().Complete(model.LessonCompletion{WorkspaceID: workspaceID, CourseID: courseID, LessonID: lessonID,
			ContactID: contactID, CompletedAt: s.now()})
		if err != nil || !fresh {
			return err
		}
		e.Done[lessonID] = true
		return events.Emit(tx, workspaceID, EventCompleted, map[string]any{"course_id": courseID, "lesson_id": lessonID,
			"contact_id": contactID, "completed": e.DoneCount(), "lessons": len(e.Lessons)})
	})
	return e, err
}
