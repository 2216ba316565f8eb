package api

import (
	"bytes"
	"context"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"time"
)

// CourseStatus says whether clients granted a course can see it.
type CourseStatus string

// The course statuses.
const (
	CourseDraft     CourseStatus = "draft"
	CoursePublished CourseStatus = "published"
)

// The events of courses.
const (
	EventCourseGranted   = "course.granted"
	EventLessonCompleted = "lesson.completed"
)

// LessonInput is a lesson to create: a Markdown body and, optionally, a
// link to a video on YouTube or Vimeo.
type LessonInput struct {
	Title    string `json:"title"`
	Body     string `json:"body"`
	VideoURL string `json:"video_url,omitempty"`
}

// ModuleInput is a module to create with its lessons.
type ModuleInput struct {
	Title   string        `json:"title"`
	Lessons []LessonInput `json:"lessons"`
}

// CourseInput creates a draft course (POST /api/v1/courses).
type CourseInput struct {
	Title   string        `json:"title"`
	Summary string        `json:"summary,omitempty"`
	Modules []ModuleInput `json:"modules"`
}

// ModulesInput appends modules to a course (POST /api/v1/courses/{id}/modules).
type ModulesInput struct {
	Modules []ModuleInput `json:"modules"`
}

// Lesson is a lesson as the owner API shows it; BodyHTML is the sanitised
// rendering the portal shows.
type Lesson struct {
	ID             string `json:"id"`
	Title          string `json:"title"`
	Body           string `json:"body"`
	BodyHTML       string `json:"body_html"`
	VideoURL       string `json:"video_url,omitempty"`
	VideoEmbedURL  string `json:"video_embed_url,omitempty"`
	AttachmentName string `json:"attachment_name,omitempty"`
}

// Module is a titled part of a course.
type Module struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Lessons []Lesson `json:"lessons"`
}

// Course is a course with its content.
type Course struct {
	ID          string       `json:"id"`
	Title       string       `json:"title"`
	Summary     string       `json:"summary"`
	Status      CourseStatus `json:"status"`
	Lessons     int          `json:"lesson_count"`
	Granted     int          `json:"granted_count"`
	CreatedAt   time.Time    `json:"created_at"`
	PublishedAt *time.Time   `json:"published_at,omitempty"`
	Modules     []Module     `json:"modules,omitempty"`
}

// CourseList is the answer of GET /api/v1/courses.
type CourseList struct {
	Courses []Course `json:"courses"`
}

// GrantInput names who gets a course: contact ids, or every joined contact.
type GrantInput struct {
	ContactIDs []string `json:"contact_ids,omitempty"`
	AllJoined  bool     `json:"all_joined,omitempty"`
}

// GrantResult says how many contacts got access they did not have.
type GrantResult struct {
	Granted int `json:"granted"`
}

// LessonDone is one lesson a client finished.
type LessonDone struct {
	LessonID    string    `json:"lesson_id"`
	CompletedAt time.Time `json:"completed_at"`
}

// ClientCourseProgress is one client's progress through a course.
type ClientCourseProgress struct {
	ContactID      string       `json:"contact_id"`
	Name           string       `json:"name"`
	Email          string       `json:"email"`
	GrantedAt      time.Time    `json:"granted_at"`
	Completed      int          `json:"completed"`
	Percent        int          `json:"percent"`
	LastLessonID   string       `json:"last_lesson_id,omitempty"`
	LastActivityAt *time.Time   `json:"last_activity_at,omitempty"`
	Lessons        []LessonDone `json:"lessons_completed"`
}

// CourseProgress is the answer of GET /api/v1/courses/{id}/progress.
type CourseProgress struct {
	CourseID string                 `json:"course_id"`
	Lessons  int                    `json:"lesson_count"`
	Clients  []ClientCourseProgress `json:"clients"`
}

func coursePath(id, suffix string) string { return "/api/v1/courses/" + url.PathEscape(id) + suffix }

// CreateCourse creates a draft course with its modules and lessons.
func (c *Client) CreateCourse(ctx context.Context, in CourseInput, idemKey string) (Course, error) {
	var out Course
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/courses", Body: in, IdempotencyKey: idemKey}, &out)
	return out, err
}

// AddModules appends modules with lessons to a course.
func (c *Client) AddModules(ctx context.Context, courseID string, in ModulesInput, idemKey string) (Course, error) {
	var out Course
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: coursePath(courseID, "/modules"), Body: in, IdempotencyKey: idemKey}, &out)
	return out, err
}

// Courses lists the workspace's courses.
func (c *Client) Courses(ctx context.Context) (CourseList, error) {
	var out CourseList
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/courses"}, &out)
	return out, err
}

// Course fetches one course with its content.
func (c *Client) Course(ctx context.Context, id string) (Course, error) {
	var out Course
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: coursePath(id, "")}, &out)
	return out, err
}

// PublishCourse makes a course visible to the clients granted it.
func (c *Client) PublishCourse(ctx context.Context, id, idemKey string) (Course, error) {
	var out Course
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: coursePath(id, "/publish"), IdempotencyKey: idemKey}, &out)
	return out, err
}

// GrantCourse gives contacts access to a course.
func (c *Client) GrantCourse(ctx context.Context, id string, in GrantInput, idemKey string) (GrantResult, error) {
	var out GrantResult
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: coursePath(id, "/grants"), Body: in, IdempotencyKey: idemKey}, &out)
	return out, err
}

// RevokeCourse takes a contact's access to a course away.
func (c *Client) RevokeCourse(ctx context.Context, id, contactID string) error {
	return c.Do(ctx, Request{Method: http.MethodDelete, Path: coursePath(id, "/grants/"+url.PathEscape(contactID))}, nil)
}

// CourseProgressOf reports each granted client's progress.
func (c *Client) CourseProgressOf(ctx context.Context, id string) (CourseProgress, error) {
	var out CourseProgress
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: coursePath(id, "/progress")}, &out)
	return out, err
}

// AttachLessonPDF uploads a PDF as a lesson's attachment (multipart field "file").
func (c *Client) AttachLessonPDF(ctx context.Context, courseID, lessonID, name string, pdf []byte) (Lesson, error) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	fw, err := w.CreateFormFile("file", name)
	if err == nil {
		_, err = fw.Write(pdf)
	}
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		return Lesson{}, fmt.Errorf("build lesson attachment: %w", err)
	}
	path := coursePath(courseID, "/lessons/"+url.PathEscape(lessonID)+"/attachment")
	hr, err := http.NewRequestWithContext(ctx, http.MethodPut, c.base+path, &buf)
	if err != nil {
		return Lesson{}, fmt.Errorf("build lesson attachment: %w", err)
	}
	hr.Header.Set("Content-Type", w.FormDataContentType())
	var out Lesson
	return out, c.send(hr, &out)
}
