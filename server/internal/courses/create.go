package courses

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// Limits of what a course may hold.
const (
	MaxTitle   = 200
	MaxBody    = 100_000
	MaxModules = 50
	MaxLessons = 500
)

// NewCourse is what the owner writes to create a course.
type NewCourse struct {
	Title   string
	Summary string
	Modules []NewModule
}

// NewModule is a module with its lessons.
type NewModule struct {
	Title   string
	Lessons []NewLesson
}

// NewLesson is a lesson: a Markdown body and an optional video link.
type NewLesson struct {
	Title    string
	Body     string
	VideoURL string
}

// Create saves a draft course with its modules and lessons; every lesson
// body is rendered and sanitised once, here.
func (s *Service) Create(ctx context.Context, workspaceID string, in NewCourse) (Outline, error) {
	v := apperr.Validation{}
	in.Title = strings.TrimSpace(in.Title)
	checkTitle(v, "title", in.Title)
	if utf8.RuneCountInString(in.Summary) > 2000 {
		v.Add("summary", "Keep the summary under 2,000 characters.")
	}
	now := s.now()
	c := model.Course{ID: uuid.NewString(), WorkspaceID: workspaceID, Title: in.Title, Summary: strings.TrimSpace(in.Summary),
		Status: Draft, CreatedAt: now, UpdatedAt: now}
	ms, ls := s.content(v, workspaceID, c.ID, in.Modules, 0, 0)
	if err := v.Err(); err != nil {
		return Outline{}, err
	}
	err := s.store.InTx(ctx, func(tx *store.Tx) error { return tx.Courses().Create(&c, ms, ls) })
	if err != nil {
		return Outline{}, fmt.Errorf("create course: %w", err)
	}
	return Outline{Course: c, Modules: ms, Lessons: ls}, nil
}

// AddModules appends modules with their lessons to a course.
func (s *Service) AddModules(ctx context.Context, workspaceID, courseID string, in []NewModule) (o Outline, err error) {
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if o, err = outline(tx, workspaceID, courseID); err != nil {
			return err
		}
		v := apperr.Validation{}
		ms, ls := s.content(v, workspaceID, courseID, in, len(o.Modules), len(o.Lessons))
		if err := v.Err(); err != nil {
			return err
		}
		if err := tx.Courses().AddContent(ms, ls); err != nil {
			return err
		}
		o.Modules, o.Lessons = append(o.Modules, ms...), append(o.Lessons, ls...)
		return nil
	})
	return o, err
}

// content checks and builds modules and lessons, numbering them after the
// ones the course already has.
func (s *Service) content(v apperr.Validation, workspaceID, courseID string, in []NewModule, modules, lessons int) ([]model.CourseModule, []model.Lesson) {
	if len(in) == 0 {
		v.Add("modules", "Add at least one module with a lesson.")
	}
	if modules+len(in) > MaxModules {
		v.Add("modules", fmt.Sprintf("A course holds at most %d modules.", MaxModules))
	}
	var ms []model.CourseModule
	var ls []model.Lesson
	now := s.now()
	for i, m := range in {
		field := fmt.Sprintf("modules[%d]", i)
		m.Title = strings.TrimSpace(m.Title)
		checkTitle(v, field+".title", m.Title)
		if len(m.Lessons) == 0 {
			v.Add(field+".lessons", "Add at least one lesson to this module.")
		}
		mod := model.CourseModule{ID: uuid.NewString(), WorkspaceID: workspaceID, CourseID: courseID, Position: modules + i, Title: m.Title}
		ms = append(ms, mod)
		for j, in := range m.Lessons {
			l := s.lesson(v, fmt.Sprintf("%s.lessons[%d]", field, j), in)
			l.ID, l.WorkspaceID, l.CourseID, l.ModuleID = uuid.NewString(), workspaceID, courseID, mod.ID
			l.Position, l.CreatedAt, l.UpdatedAt = lessons+len(ls), now, now
			ls = append(ls, l)
		}
	}
	if lessons+len(ls) > MaxLessons {
		v.Add("modules", fmt.Sprintf("A course holds at most %d lessons.", MaxLessons))
	}
	return ms, ls
}

// lesson checks one lesson, renders its body and resolves its video.
func (s *Service) lesson(v apperr.Validation, field string, in NewLesson) model.Lesson {
	l := model.Lesson{Title: strings.TrimSpace(in.Title), BodyMarkdown: in.Body, VideoURL: strings.TrimSpace(in.VideoURL)}
	checkTitle(v, field+".title", l.Title)
	if len(in.Body) > MaxBody {
		v.Add(field+".body", fmt.Sprintf("Keep the lesson under %d characters.", MaxBody))
	} else if html, err := RenderMarkdown(in.Body); err != nil {
		v.Add(field+".body", "This text could not be read as Markdown.")
	} else {
		l.BodyHTML = html
	}
	if l.VideoURL != "" {
		embed, ok := EmbedURL(l.VideoURL)
		if !ok {
			v.Add(field+".video_url", "Videos can only be embedded from "+VideoHosts+". Paste the address of the video's page there.")
		}
		l.VideoEmbed = embed
	}
	return l
}

func checkTitle(v apperr.Validation, field, title string) {
	switch {
	case title == "":
		v.Add(field, "Give it a title.")
	case utf8.RuneCountInString(title) > MaxTitle:
		v.Add(field, fmt.Sprintf("Keep the title under %d characters.", MaxTitle))
	}
}
