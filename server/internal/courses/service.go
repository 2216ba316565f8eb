// Package courses is the domain service of courses: the owner writes
// modules of lessons (Markdown, an allow-listed video, a PDF), publishes the
// course and grants it to contacts; clients take the lessons in order and
// their progress is what the owner sees.
package courses

import (
	"context"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/shared/clock"
)

// The statuses of a course.
const (
	Draft     = "draft"
	Published = "published"
)

// The events courses emit.
const (
	EventGranted   = "course.granted"
	EventCompleted = "lesson.completed"
)

// Service is the courses domain service.
type Service struct {
	store *store.Store
	now   func() time.Time
}

// New returns the courses service.
func New(s *store.Store, clk clock.Clock) *Service {
	return &Service{store: s, now: clock.Or(clk).Now}
}

// Outline is a course with its modules and lessons in order.
type Outline struct {
	Course  model.Course
	Modules []model.CourseModule
	Lessons []model.Lesson
}

// LessonsOf returns the lessons of one module.
func (o Outline) LessonsOf(moduleID string) []model.Lesson {
	var out []model.Lesson
	for _, l := range o.Lessons {
		if l.ModuleID == moduleID {
			out = append(out, l)
		}
	}
	return out
}

// index is the position of a lesson in the course, or -1.
func (o Outline) index(lessonID string) int {
	for i, l := range o.Lessons {
		if l.ID == lessonID {
			return i
		}
	}
	return -1
}

const courseMissing = "This course does not exist."

// outline loads a course with its content inside tx.
func outline(tx *store.Tx, workspaceID, courseID string) (Outline, error) {
	c, err := tx.Courses().ByID(workspaceID, courseID)
	if err != nil {
		return Outline{}, store.Missing(err, courseMissing)
	}
	ms, ls, err := tx.Courses().Content(workspaceID, courseID)
	return Outline{Course: c, Modules: ms, Lessons: ls}, err
}

// Outline loads a course of the workspace with its content.
func (s *Service) Outline(ctx context.Context, workspaceID, courseID string) (o Outline, err error) {
	err = s.store.View(ctx, func(tx *store.Tx) (err error) { o, err = outline(tx, workspaceID, courseID); return err })
	return o, err
}

// Summary is a course in the owner's list.
type Summary struct {
	Course  model.Course
	Lessons int
	Granted int
}

// List returns the workspace's courses with their sizes, newest first.
func (s *Service) List(ctx context.Context, workspaceID string) ([]Summary, error) {
	var out []Summary
	err := s.store.View(ctx, func(tx *store.Tx) error {
		cs, err := tx.Courses().List(workspaceID)
		for _, c := range cs {
			if err != nil {
				break
			}
			var ls []model.Lesson
			var gs []model.CourseGrant
			if _, ls, err = tx.Courses().Content(workspaceID, c.ID); err == nil {
				gs, err = tx.Courses().Grants(workspaceID, c.ID)
			}
			out = append(out, Summary{Course: c, Lessons: len(ls), Granted: len(gs)})
		}
		return err
	})
	return out, err
}

// Publish makes a course visible to the contacts granted it.
func (s *Service) Publish(ctx context.Context, workspaceID, courseID string) (o Outline, err error) {
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if o, err = outline(tx, workspaceID, courseID); err != nil {
			return err
		}
		if len(o.Lessons) == 0 {
			return apperr.New(apperr.Conflict, "Add at least one lesson before publishing this course.")
		}
		if o.Course.Status == Published {
			return nil
		}
		now := s.now()
		o.Course.Status, o.Course.PublishedAt = Published, &now
		return tx.Courses().Update(workspaceID, courseID, map[string]any{"status": Published, "published_at": now})
	})
	return o, err
}
