package store

import (
	"time"

	"gorm.io/gorm/clause"
)

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

// LessonCompletion records that a contact finished a lesson.
type LessonCompletion struct {
	WorkspaceID string
	CourseID    string
	LessonID    string `gorm:"primaryKey"`
	ContactID   string `gorm:"primaryKey"`
	CompletedAt time.Time
}

// TableName names the modules table.
func (CourseModule) TableName() string { return "course_modules" }

// TableName names the grants table.
func (CourseGrant) TableName() string { return "course_grants" }

// TableName names the completions table.
func (LessonCompletion) TableName() string { return "lesson_completions" }

// Courses is the repository of courses, their lessons, grants and progress.
type Courses struct{ db *Tx }

// Courses returns the course repository.
func (t *Tx) Courses() Courses { return Courses{t} }

// Create saves a new course with its modules and lessons.
func (r Courses) Create(c *Course, ms []CourseModule, ls []Lesson) error {
	if err := r.db.db.Create(c).Error; err != nil {
		return notFound(err, "create course")
	}
	return r.AddContent(ms, ls)
}

// AddContent saves more modules and lessons of an existing course.
func (r Courses) AddContent(ms []CourseModule, ls []Lesson) error {
	if len(ms) > 0 {
		if err := r.db.db.Create(&ms).Error; err != nil {
			return notFound(err, "create course modules")
		}
	}
	if len(ls) > 0 {
		return notFound(r.db.db.Create(&ls).Error, "create lessons")
	}
	return nil
}

// ByID loads a course of the workspace.
func (r Courses) ByID(workspaceID, id string) (Course, error) {
	var c Course
	err := r.db.db.Where("workspace_id = ? AND id = ?", workspaceID, id).Take(&c).Error
	return c, notFound(err, "course "+id)
}

// List returns the workspace's courses, newest first.
func (r Courses) List(workspaceID string) ([]Course, error) {
	var cs []Course
	err := r.db.db.Where("workspace_id = ?", workspaceID).Order("created_at DESC, id DESC").Find(&cs).Error
	return cs, notFound(err, "list courses")
}

// Content returns a course's modules and lessons in order.
func (r Courses) Content(workspaceID, courseID string) ([]CourseModule, []Lesson, error) {
	var ms []CourseModule
	var ls []Lesson
	if err := r.db.db.Where("workspace_id = ? AND course_id = ?", workspaceID, courseID).Order("position").Find(&ms).Error; err != nil {
		return nil, nil, notFound(err, "modules of course "+courseID)
	}
	err := r.db.db.Where("workspace_id = ? AND course_id = ?", workspaceID, courseID).Order("position").Find(&ls).Error
	return ms, ls, notFound(err, "lessons of course "+courseID)
}

// Lesson loads one lesson of a course.
func (r Courses) Lesson(workspaceID, courseID, lessonID string) (Lesson, error) {
	var l Lesson
	err := r.db.db.Where("workspace_id = ? AND course_id = ? AND id = ?", workspaceID, courseID, lessonID).Take(&l).Error
	return l, notFound(err, "lesson "+lessonID)
}

// Update changes fields of a course.
func (r Courses) Update(workspaceID, id string, set map[string]any) error {
	set["updated_at"] = r.db.Now()
	err := r.db.db.Model(&Course{}).Where("workspace_id = ? AND id = ?", workspaceID, id).Updates(set).Error
	return notFound(err, "update course "+id)
}

// SetAttachment names a lesson's PDF attachment.
func (r Courses) SetAttachment(workspaceID, lessonID, sha, name string) error {
	err := r.db.db.Model(&Lesson{}).Where("workspace_id = ? AND id = ?", workspaceID, lessonID).
		Updates(map[string]any{"attachment_sha256": sha, "attachment_name": name, "updated_at": r.db.Now()}).Error
	return notFound(err, "attach to lesson "+lessonID)
}

// Grant gives contacts access; it reports the contacts that had none before.
func (r Courses) Grant(workspaceID, courseID string, contactIDs []string, at time.Time) ([]string, error) {
	var had []string
	if err := r.db.db.Model(&CourseGrant{}).Where("workspace_id = ? AND course_id = ? AND contact_id IN ?", workspaceID, courseID, contactIDs).
		Pluck("contact_id", &had).Error; err != nil {
		return nil, notFound(err, "grants of course "+courseID)
	}
	seen := map[string]bool{}
	for _, id := range had {
		seen[id] = true
	}
	var fresh []string
	var rows []CourseGrant
	for _, id := range contactIDs {
		if !seen[id] {
			seen[id] = true
			fresh = append(fresh, id)
			rows = append(rows, CourseGrant{WorkspaceID: workspaceID, CourseID: courseID, ContactID: id, GrantedAt: at})
		}
	}
	if len(rows) == 0 {
		return nil, nil
	}
	err := r.db.db.Clauses(clause.OnConflict{DoNothing: true}).CreateInBatches(&rows, 200).Error
	return fresh, notFound(err, "grant course "+courseID)
}

// Revoke takes a contact's access away; their progress is kept.
func (r Courses) Revoke(workspaceID, courseID, contactID string) (bool, error) {
	res := r.db.db.Where("workspace_id = ? AND course_id = ? AND contact_id = ?", workspaceID, courseID, contactID).Delete(&CourseGrant{})
	return res.RowsAffected == 1, notFound(res.Error, "revoke course "+courseID)
}

// GrantOf is a contact's access to a course.
func (r Courses) GrantOf(workspaceID, courseID, contactID string) (CourseGrant, error) {
	var g CourseGrant
	err := r.db.db.Where("workspace_id = ? AND course_id = ? AND contact_id = ?", workspaceID, courseID, contactID).Take(&g).Error
	return g, notFound(err, "access to course "+courseID)
}

// Grants lists who has access to a course.
func (r Courses) Grants(workspaceID, courseID string) ([]CourseGrant, error) {
	var gs []CourseGrant
	err := r.db.db.Where("workspace_id = ? AND course_id = ?", workspaceID, courseID).Order("granted_at, contact_id").Find(&gs).Error
	return gs, notFound(err, "grants of course "+courseID)
}

// PublishedFor lists the published courses a contact has access to, newest grant first.
func (r Courses) PublishedFor(workspaceID, contactID string) ([]Course, error) {
	var cs []Course
	err := r.db.db.Table("courses").Select("courses.*").
		Joins("JOIN course_grants g ON g.course_id = courses.id AND g.workspace_id = courses.workspace_id").
		Where("courses.workspace_id = ? AND g.contact_id = ? AND courses.status = ?", workspaceID, contactID, "published").
		Order("g.granted_at DESC, courses.id").Find(&cs).Error
	return cs, notFound(err, "courses of contact "+contactID)
}

// Visit remembers the lesson a contact opened last.
func (r Courses) Visit(workspaceID, courseID, contactID, lessonID string, at time.Time) error {
	err := r.db.db.Model(&CourseGrant{}).Where("workspace_id = ? AND course_id = ? AND contact_id = ?", workspaceID, courseID, contactID).
		Updates(map[string]any{"last_lesson_id": lessonID, "last_activity_at": at}).Error
	return notFound(err, "visit lesson "+lessonID)
}

// Complete records a finished lesson; it reports whether it was new.
func (r Courses) Complete(c LessonCompletion) (bool, error) {
	res := r.db.db.Clauses(clause.OnConflict{DoNothing: true}).Create(&c)
	return res.RowsAffected == 1, notFound(res.Error, "complete lesson "+c.LessonID)
}

// Completions lists the finished lessons of a course, of one contact or of everyone ("").
func (r Courses) Completions(workspaceID, courseID, contactID string) ([]LessonCompletion, error) {
	q := r.db.db.Where("workspace_id = ? AND course_id = ?", workspaceID, courseID)
	if contactID != "" {
		q = q.Where("contact_id = ?", contactID)
	}
	var cs []LessonCompletion
	return cs, notFound(q.Order("completed_at").Find(&cs).Error, "completions of course "+courseID)
}

// CourseProgress counts a course's lessons and a contact's finished ones.
type CourseProgress struct {
	CourseID string
	Lessons  int
	Done     int
}

// ProgressFor counts, for each published course of the contact, lessons and finished lessons.
func (r Courses) ProgressFor(workspaceID, contactID string) ([]CourseProgress, error) {
	var out []CourseProgress
	err := r.db.db.Raw(`SELECT g.course_id AS course_id,
			(SELECT COUNT(*) FROM lessons l WHERE l.workspace_id = g.workspace_id AND l.course_id = g.course_id) AS lessons,
			(SELECT COUNT(*) FROM lesson_completions lc JOIN lessons l2 ON l2.id = lc.lesson_id
				WHERE lc.workspace_id = g.workspace_id AND lc.course_id = g.course_id AND lc.contact_id = g.contact_id) AS done
		FROM course_grants g JOIN courses c ON c.id = g.course_id AND c.workspace_id = g.workspace_id
		WHERE g.workspace_id = ? AND g.contact_id = ? AND c.status = 'published'`, workspaceID, contactID).Scan(&out).Error
	return out, notFound(err, "progress of contact "+contactID)
}

// JoinedContacts lists the ids of the workspace's contacts who joined the portal.
func (r Courses) JoinedContacts(workspaceID string) ([]string, error) {
	var ids []string
	err := r.db.db.Table("contacts").Where("workspace_id = ? AND status = ? AND access_revoked_at IS NULL", workspaceID, "joined").
		Order("created_at, id").Pluck("id", &ids).Error
	return ids, notFound(err, "joined contacts")
}
