package ui

import (
	"net/http/httptest"
	"strings"
	"testing"

	"clientportal/shared/api"
)

func TestCourseFormRefusalsLandBesideTheRowsTheyAreAbout(t *testing.T) {
	t.Parallel()
	form := courseForm("Onboarding", [3]string{"One", "a", ""}, [3]string{"", "", ""}, [3]string{"Three", "c", "https://x.test/v"})
	r := httptest.NewRequest("POST", "/courses", strings.NewReader(form.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	f, in, rows := readCourseForm(r)
	if got := len(in.Modules[0].Lessons); got != 2 || len(f.Lessons) != 3 {
		t.Fatalf("sent %d lessons from %d rows, want 2 from 3", got, len(f.Lessons))
	}
	tests := []struct {
		field string
		check func(CourseForm) string
	}{
		{"modules[0].lessons[1].video_url", func(f CourseForm) string { return f.Lessons[2].VideoError }},
		{"modules[0].lessons[0].title", func(f CourseForm) string { return f.Lessons[0].TitleError }},
		{"modules[0].lessons[1].body", func(f CourseForm) string { return f.Lessons[2].BodyError }},
		{"modules[0].title", func(f CourseForm) string { return f.Errors["module"] }},
		{"title", func(f CourseForm) string { return f.Errors["title"] }},
		{"modules", func(f CourseForm) string { return f.Errors["lessons"] }},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			g := f
			g.Lessons = append([]LessonForm(nil), f.Lessons...)
			g.Errors = map[string]string{}
			err := &api.Error{Status: 422, ErrorDetail: api.ErrorDetail{Code: api.CodeValidation, Message: "Some fields need attention.", Fields: map[string]string{tt.field: "why"}}}
			g.applyProblems(err, rows)
			if tt.check(g) != "why" {
				t.Fatalf("%s landed elsewhere: %+v", tt.field, g)
			}
		})
	}
}
