package ui

import (
	"fmt"
	"net/http"
	"strings"

	"clientportal/shared/api"
)

// CourseForm is the new-course form: one module with its lessons.
type CourseForm struct {
	Title, Summary, Module string
	Lessons                []LessonForm
	Errors                 map[string]string
	Message                *Message
}

// LessonForm is one lesson row of the form with the server's refusals.
type LessonForm struct {
	Number                int
	Title, Body, VideoURL string
	TitleError, BodyError string
	VideoError            string
}

// newCourseForm is an empty form with room for two lessons.
func newCourseForm() CourseForm {
	return CourseForm{Lessons: []LessonForm{{Number: 1}, {Number: 2}}}
}

// createCourse creates a draft course and opens it; refusals show beside their fields.
func (h *Handler) createCourse(w http.ResponseWriter, r *http.Request) {
	f, in, rows := readCourseForm(r)
	if len(in.Modules[0].Lessons) == 0 {
		f.Errors["lessons"] = "Add at least one lesson with a title."
		f.Message = &Message{Kind: "error", Text: "Not created: check the fields marked below."}
	} else if c, err := h.app.CreateCourse(r.Context(), in); err != nil {
		f.applyProblems(err, rows)
	} else {
		trigger(w, "portal-changed")
		redirect(w, r, "/courses/?course="+c.ID)
		return
	}
	h.partial(w, r, "_course_form", f)
}

// addCourseLesson shows the form again with one more empty lesson.
func (h *Handler) addCourseLesson(w http.ResponseWriter, r *http.Request) {
	f, _, _ := readCourseForm(r)
	f.Lessons = append(f.Lessons, LessonForm{Number: len(f.Lessons) + 1})
	h.partial(w, r, "_course_form", f)
}

// readCourseForm parses the form; rows maps each lesson sent to its form row
// (empty rows are skipped).
func readCourseForm(r *http.Request) (CourseForm, api.CourseInput, []int) {
	_ = r.ParseForm()
	f := CourseForm{Title: strings.TrimSpace(r.PostFormValue("title")), Summary: strings.TrimSpace(r.PostFormValue("summary")),
		Module: strings.TrimSpace(r.PostFormValue("module")), Errors: map[string]string{}}
	titles, bodies, videos := r.PostForm["lesson_title"], r.PostForm["lesson_body"], r.PostForm["lesson_video"]
	mod := api.ModuleInput{Title: f.Module}
	var rows []int
	for i := range titles {
		l := LessonForm{Number: i + 1, Title: strings.TrimSpace(titles[i]), Body: at(bodies, i), VideoURL: strings.TrimSpace(at(videos, i))}
		f.Lessons = append(f.Lessons, l)
		if l.Title == "" && strings.TrimSpace(l.Body) == "" && l.VideoURL == "" {
			continue
		}
		mod.Lessons = append(mod.Lessons, api.LessonInput{Title: l.Title, Body: l.Body, VideoURL: l.VideoURL})
		rows = append(rows, i)
	}
	if len(f.Lessons) == 0 {
		f.Lessons = newCourseForm().Lessons
	}
	return f, api.CourseInput{Title: f.Title, Summary: f.Summary, Modules: []api.ModuleInput{mod}}, rows
}

// at is s[i], or "" when the form sent fewer values.
func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

// applyProblems puts the server's per-field refusals beside the fields.
func (f *CourseForm) applyProblems(err error, rows []int) {
	msg, fields := fieldProblems(err)
	f.Message = &Message{Kind: "error", Text: "Not created: " + msg}
	for key, why := range fields {
		var j int
		var part string
		if n, _ := fmt.Sscanf(key, "modules[0].lessons[%d].%s", &j, &part); n == 2 && j < len(rows) {
			f.lessonProblem(rows[j], part, why)
			continue
		}
		switch key {
		case "title", "summary":
			f.Errors[key] = why
		case "modules[0].title":
			f.Errors["module"] = why
		default:
			f.Errors["lessons"] = why
		}
	}
}

func (f *CourseForm) lessonProblem(row int, part, why string) {
	l := &f.Lessons[row]
	switch part {
	case "title":
		l.TitleError = why
	case "body":
		l.BodyError = why
	default:
		l.VideoError = why
	}
}
