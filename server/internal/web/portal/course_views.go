package portal

import (
	"html/template"

	"clientportal/server/internal/courses"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
)

// CourseCard is one course in the client's list, with its progress.
type CourseCard struct {
	ID, Title, Summary, Href, Action string
	Percent, Done, Lessons           int
}

// CoursesPage lists the client's courses.
type CoursesPage struct {
	Layout
	Lead, Empty string
	Courses     []CourseCard
}

func courseCard(z *i18n.Localizer, e courses.Enrolment) CourseCard {
	card := CourseCard{ID: e.Course.ID, Title: e.Course.Title, Summary: e.Course.Summary, Href: "/courses/" + e.Course.ID,
		Percent: e.Percent(), Done: e.DoneCount(), Lessons: len(e.Lessons), Action: z.T("courses.start")}
	switch {
	case card.Lessons > 0 && card.Done == card.Lessons:
		card.Action = z.T("courses.review")
	case e.Started():
		card.Action = z.T("courses.resume")
	}
	return card
}

// LessonLink is a lesson in a course outline.
type LessonLink struct {
	ID, Title, Href string
	Done, Current   bool
}

// ModuleOutline is a module in a course outline.
type ModuleOutline struct {
	Title   string
	Lessons []LessonLink
}

// CoursePage is one course: progress, the resume button and the outline.
type CoursePage struct {
	Layout
	Card    CourseCard
	Resume  LessonLink
	Modules []ModuleOutline
}

func lessonLink(e courses.Enrolment, l model.Lesson, current string) LessonLink {
	return LessonLink{ID: l.ID, Title: l.Title, Href: "/courses/" + e.Course.ID + "/lessons/" + l.ID, Done: e.Done[l.ID], Current: l.ID == current}
}

func outlineOf(e courses.Enrolment, current string) []ModuleOutline {
	out := make([]ModuleOutline, 0, len(e.Modules))
	for _, m := range e.Modules {
		mo := ModuleOutline{Title: m.Title}
		for _, l := range e.LessonsOf(m.ID) {
			mo.Lessons = append(mo.Lessons, lessonLink(e, l, current))
		}
		out = append(out, mo)
	}
	return out
}

// trustedHTML marks a lesson body that the courses service sanitised when it was saved.
func trustedHTML(sanitised string) template.HTML { return template.HTML(sanitised) }
