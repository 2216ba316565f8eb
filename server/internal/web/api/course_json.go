package api

import (
	"clientportal/server/internal/courses"
	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

// courseJSON is the API shape of a course with its content.
func courseJSON(o courses.Outline, granted int) api.Course {
	out := courseHeadJSON(o.Course, len(o.Lessons), granted)
	out.Modules = make([]api.Module, 0, len(o.Modules))
	for _, m := range o.Modules {
		am := api.Module{ID: m.ID, Title: m.Title, Lessons: []api.Lesson{}}
		for _, l := range o.LessonsOf(m.ID) {
			am.Lessons = append(am.Lessons, lessonJSON(l))
		}
		out.Modules = append(out.Modules, am)
	}
	return out
}

func courseHeadJSON(c model.Course, lessons, granted int) api.Course {
	return api.Course{ID: c.ID, Title: c.Title, Summary: c.Summary, Status: api.CourseStatus(c.Status), Lessons: lessons,
		Granted: granted, CreatedAt: c.CreatedAt, PublishedAt: c.PublishedAt}
}

func lessonJSON(l model.Lesson) api.Lesson {
	return api.Lesson{ID: l.ID, Title: l.Title, Body: l.BodyMarkdown, BodyHTML: l.BodyHTML, VideoURL: l.VideoURL,
		VideoEmbedURL: l.VideoEmbed, AttachmentName: l.AttachmentName}
}

// courseInput turns the API request into the service's input.
func courseInput(ms []api.ModuleInput) []courses.NewModule {
	out := make([]courses.NewModule, 0, len(ms))
	for _, m := range ms {
		nm := courses.NewModule{Title: m.Title}
		for _, l := range m.Lessons {
			nm.Lessons = append(nm.Lessons, courses.NewLesson{Title: l.Title, Body: l.Body, VideoURL: l.VideoURL})
		}
		out = append(out, nm)
	}
	return out
}
