package model

import "time"

// Course is a course of a workspace: modules of lessons, a draft until published.
type Course struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	Title       string
	Summary     string
	Status      string // draft, published
	CreatedAt   time.Time
	UpdatedAt   time.Time
	PublishedAt *time.Time
}

// CourseModule is a titled, ordered part of a course.
type CourseModule struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	CourseID    string
	Position    int
	Title       string
}

// TableName names the modules table.
func (CourseModule) TableName() string { return "course_modules" }

// Lesson is one lesson of a module; BodyHTML is the sanitised rendering of
// BodyMarkdown and VideoEmbed the allow-listed player address.
type Lesson struct {
	ID               string `gorm:"primaryKey"`
	WorkspaceID      string
	CourseID         string
	ModuleID         string
	Position         int // order within the whole course
	Title            string
	BodyMarkdown     string
	BodyHTML         string `gorm:"column:body_html"`
	VideoURL         string
	VideoEmbed       string
	AttachmentSHA256 string `gorm:"column:attachment_sha256"`
	AttachmentName   string
	CreatedAt        time.Time
	UpdatedAt        time.Time
}

// CourseGrant gives a contact access to a course and remembers where they left off.
type CourseGrant struct {
	WorkspaceID    string
	CourseID       string `gorm:"primaryKey"`
	ContactID      string `gorm:"primaryKey"`
	GrantedAt      time.Time
	LastLessonID   string
	LastActivityAt *time.Time
}

// TableName names the grants table.
func (CourseGrant) TableName() string { return "course_grants" }

// LessonCompletion records that a contact finished a lesson.
type LessonCompletion struct {
	WorkspaceID string
	CourseID    string
	LessonID    string `gorm:"primaryKey"`
	ContactID   string `gorm:"primaryKey"`
	CompletedAt time.Time
}

// TableName names the completions table.
func (LessonCompletion) TableName() string { return "lesson_completions" }

// CourseProgress counts a course's lessons and a contact's finished ones.
type CourseProgress struct {
	CourseID string
	Lessons  int
	Done     int
}
