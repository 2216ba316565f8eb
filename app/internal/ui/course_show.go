package ui

import (
	"fmt"
	"net/http"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// CourseList is the workspace's courses, with the open one marked.
type CourseList struct {
	Courses  []api.Course
	Selected string
	Error    string
}

// CoursesPage is the list of courses, the form for a new one and the open course.
type CoursesPage struct {
	List   CourseList
	Form   CourseForm
	Course *CourseView
}

// CourseView is one course: its content, who may see it and how far each got.
type CourseView struct {
	Course   api.Course
	Progress ProgressView
	Contacts []api.Contact
	Error    string
	Message  *Message
}

// Draft says the course is not yet visible to clients.
func (v CourseView) Draft() bool { return v.Course.Status != api.CoursePublished }

// ProgressView is the progress table of a course.
type ProgressView struct {
	CourseID string
	Rows     []ProgressRow
	Error    string
}

// ProgressRow is one client's progress as the table shows it.
type ProgressRow struct {
	api.ClientCourseProgress
	Total int
}

// Who names the client.
func (p ProgressRow) Who() string { return who(api.Contact{Name: p.Name, Email: p.Email}) }

// Done is the lessons finished out of all, e.g. "1 of 2".
func (p ProgressRow) Done() string { return fmt.Sprintf("%d of %d", p.Completed, p.Total) }

// LastActivity is when the client last finished a lesson, or a dash.
func (p ProgressRow) LastActivity() string { return stamp(p.LastActivityAt) }

// showCourses shows the courses page; ?course= opens that course.
func (h *Handler) showCourses(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	page := CoursesPage{List: h.courseList(r), Form: newCourseForm()}
	if id := r.FormValue("course"); id != "" {
		v := h.courseView(r, id)
		page.Course = &v
	}
	h.page(w, r, "courses", h.newPage(r, "Courses", "courses", page))
}

// showCoursesList renders the list alone (refreshed on every change).
func (h *Handler) showCoursesList(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.partial(w, r, "_course_list", h.courseList(r))
}

// showCourse renders one course alone.
func (h *Handler) showCourse(w http.ResponseWriter, r *http.Request) {
	h.partial(w, r, "_course", h.courseView(r, r.PathValue("id")))
}

func (h *Handler) courseList(r *http.Request) CourseList {
	l, err := h.app.Courses(r.Context())
	out := CourseList{Courses: l.Courses, Selected: r.FormValue("course")}
	if err != nil {
		out.Error = "Could not load the courses: " + desk.UserMessage(err)
	}
	return out
}

// courseView loads a course, its progress table and the contacts to grant it to.
func (h *Handler) courseView(r *http.Request, id string) CourseView {
	var v CourseView
	c, err := h.app.Course(r.Context(), id)
	if err != nil {
		v.Error = "Could not load the course: " + desk.UserMessage(err)
		return v
	}
	v.Course = c
	v.Progress = h.progressView(r, id)
	v.Contacts = h.pickableContacts(r)
	return v
}

// showCourseProgress renders the progress table alone (refreshed when a client finishes a lesson).
func (h *Handler) showCourseProgress(w http.ResponseWriter, r *http.Request) {
	h.partial(w, r, "_course_progress", h.progressView(r, r.PathValue("id")))
}

func (h *Handler) progressView(r *http.Request, id string) ProgressView {
	v := ProgressView{CourseID: id}
	p, err := h.app.CourseProgress(r.Context(), id)
	if err != nil {
		v.Error = "Could not load the progress: " + desk.UserMessage(err)
	}
	for _, cp := range p.Clients {
		v.Rows = append(v.Rows, ProgressRow{ClientCourseProgress: cp, Total: p.Lessons})
	}
	return v
}

// pickableContacts is the first page of contacts, for the pickers.
func (h *Handler) pickableContacts(r *http.Request) []api.Contact {
	l, _, err := h.app.Contacts(r.Context(), api.ContactQuery{Limit: 200})
	if err != nil {
		return nil
	}
	return l.Contacts
}
