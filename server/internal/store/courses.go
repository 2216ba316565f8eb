package store

import (
	"clientportal/server/internal/model"

	"time"

	"gorm.io/gorm/clause"
)

// Courses is the repository of courses, their lessons, grants and progress.
type Courses struct{ db *Tx }

// Courses returns the course repository.
func (t *Tx) Courses() Courses { return Courses{t} }

// Create saves a new course with its modules and lessons.
func (r Courses) Create(c *model.Course, ms []model.CourseModule, ls []model.Lesson) error {
	if err := r.db.db.Create(c).Error; err != nil {
		return notFound(err, "create course")
	}
	return r.AddContent(ms, ls)
}

// AddContent saves more modules and lessons of an existing course.
func (r Courses) AddContent(ms []model.CourseModule, ls []model.Lesson) error {
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
func (r Courses) ByID(workspaceID, id string) (model.Course, error) {
	return byID[model.Course](r.db, workspaceID, id, "course")
}

// List returns the workspace's courses, newest first.
func (r Courses) List(workspaceID string) ([]model.Course, error) {
	var cs []model.Course
	err := r.db.db.Where("workspace_id = ?", workspaceID).Order("created_at DESC, id DESC").Find(&cs).Error
	return cs, notFound(err, "list courses")
}

// Content returns a course's modules and lessons in order.
func (r Courses) Content(workspaceID, courseID string) ([]model.CourseModule, []model.Lesson, error) {
	var ms []model.CourseModule
	var ls []model.Lesson
	if err := r.db.db.Where("workspace_id = ? AND course_id = ?", workspaceID, courseID).Order("position").Find(&ms).Error; err != nil {
		return nil, nil, notFound(err, "modules of course "+courseID)
	}
	err := r.db.db.Where("workspace_id = ? AND course_id = ?", workspaceID, courseID).Order("position").Find(&ls).Error
	return ms, ls, notFound(err, "lessons of course "+courseID)
}

// ContentOf returns the modules and lessons of several courses, each in
// order, in two statements.
func (r Courses) ContentOf(workspaceID string, courseIDs []string) ([]model.CourseModule, []model.Lesson, error) {
	var ms []model.CourseModule
	var ls []model.Lesson
	if len(courseIDs) == 0 {
		return nil, nil, nil
	}
	if err := r.db.db.Where("workspace_id = ? AND course_id IN ?", workspaceID, courseIDs).Order("course_id, position").Find(&ms).Error; err != nil {
		return nil, nil, notFound(err, "modules of courses")
	}
	err := r.db.db.Where("workspace_id = ? AND course_id IN ?", workspaceID, courseIDs).Order("course_id, position").Find(&ls).Error
	return ms, ls, notFound(err, "lessons of courses")
}

// Lesson loads one lesson of a course.
func (r Courses) Lesson(workspaceID, courseID, lessonID string) (model.Lesson, error) {
	var l model.Lesson
	err := r.db.db.Where("workspace_id = ? AND course_id = ? AND id = ?", workspaceID, courseID, lessonID).Take(&l).Error
	return l, notFound(err, "lesson "+lessonID)
}

// Update changes fields of a course.
func (r Courses) Update(workspaceID, id string, set map[string]any) error {
	set["updated_at"] = r.db.Now()
	err := r.db.db.Model(&model.Course{}).Where("workspace_id = ? AND id = ?", workspaceID, id).Updates(set).Error
	return notFound(err, "update course "+id)
}

// SetAttachment names a lesson's PDF attachment.
func (r Courses) SetAttachment(workspaceID, lessonID, sha, name string) error {
	err := r.db.db.Model(&model.Lesson{}).Where("workspace_id = ? AND id = ?", workspaceID, lessonID).
		Updates(map[string]any{"attachment_sha256": sha, "attachment_name": name, "updated_at": r.db.Now()}).Error
	return notFound(err, "attach to lesson "+lessonID)
}

// Grant gives contacts access; it reports the contacts that had none before.
func (r Courses) Grant(workspaceID, courseID string, contactIDs []string, at time.Time) ([]string, error) {
	var had []string
	if err := r.db.db.Model(&model.CourseGrant{}).Where("workspace_id = ? AND course_id = ? AND contact_id IN ?", workspaceID, courseID, contactIDs).
		Pluck("contact_id", &had).Error; err != nil {
		return nil, notFound(err, "grants of course "+courseID)
	}
	seen := map[string]bool{}
	for _, id := range had {
		seen[id] = true
	}
	var fresh []string
	var rows []model.CourseGrant
	for _, id := range contactIDs {
		if !seen[id] {
			seen[id] = true
			fresh = append(fresh, id)
			rows = append(rows, model.CourseGrant{WorkspaceID: workspaceID, CourseID: courseID, ContactID: id, GrantedAt: at})
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
	res := r.db.db.Where("workspace_id = ? AND course_id = ? AND contact_id = ?", workspaceID, courseID, contactID).Delete(&model.CourseGrant{})
	return res.RowsAffected == 1, notFound(res.Error, "revoke course "+courseID)
}

// GrantOf is a contact's access to a course.
func (r Courses) GrantOf(workspaceID, courseID, contactID string) (model.CourseGrant, error) {
	var g model.CourseGrant
	err := r.db.db.Where("workspace_id = ? AND course_id = ? AND contact_id = ?", workspaceID, courseID, contactID).Take(&g).Error
	return g, notFound(err, "access to course "+courseID)
}

// Grants lists who has access to a course.
func (r Courses) Grants(workspaceID, courseID string) ([]model.CourseGrant, error) {
	var gs []model.CourseGrant
	err := r.db.db.Where("workspace_id = ? AND course_id = ?", workspaceID, courseID).Order("granted_at, contact_id").Find(&gs).Error
	return gs, notFound(err, "grants of course "+courseID)
}

// PublishedFor lists the published courses a contact has access to, newest grant first.
func (r Courses) PublishedFor(workspaceID, contactID string) ([]model.Course, error) {
	var cs []model.Course
	err := r.db.db.Table("courses").Select("courses.*").
		Joins("JOIN course_grants g ON g.course_id = courses.id AND g.workspace_id = courses.workspace_id").
		Where("courses.workspace_id = ? AND g.contact_id = ? AND courses.status = ?", workspaceID, contactID, "published").
		Order("g.granted_at DESC, courses.id").Find(&cs).Error
	return cs, notFound(err, "courses of contact "+contactID)
}

// GrantsOf lists a contact's grants, of every course.
func (r Courses) GrantsOf(workspaceID, contactID string) ([]model.CourseGrant, error) {
	var gs []model.CourseGrant
	err := r.db.db.Where("workspace_id = ? AND contact_id = ?", workspaceID, contactID).Find(&gs).Error
	return gs, notFound(err, "grants of contact "+contactID)
}

// CompletionsOf lists a contact's finished lessons, of every course.
func (r Courses) CompletionsOf(workspaceID, contactID string) ([]model.LessonCompletion, error) {
	var cs []model.LessonCompletion
	err := r.db.db.Where("workspace_id = ? AND contact_id = ?", workspaceID, contactID).Order("completed_at").Find(&cs).Error
	return cs, notFound(err, "completions of contact "+contactID)
}

// Visit remembers the lesson a contact opened last.
func (r Courses) Visit(workspaceID, courseID, contactID, lessonID string, at time.Time) error {
	err := r.db.db.Model(&model.CourseGrant{}).Where("workspace_id = ? AND course_id = ? AND contact_id = ?", workspaceID, courseID, contactID).
		Updates(map[string]any{"last_lesson_id": lessonID, "last_activity_at": at}).Error
	return notFound(err, "visit lesson "+lessonID)
}

// Complete records a finished lesson; it reports whether it was new.
func (r Courses) Complete(c model.LessonCompletion) (bool, error) {
	res := r.db.db.Clauses(clause.OnConflict{DoNothing: true}).Create(&c)
	return res.RowsAffected == 1, notFound(res.Error, "complete lesson "+c.LessonID)
}

// Completions lists the finished lessons of a course, of one contact or of everyone ("").
func (r Courses) Completions(workspaceID, courseID, contactID string) ([]model.LessonCompletion, error) {
	q := r.db.db.Where("workspace_id = ? AND course_id = ?", workspaceID, courseID)
	if contactID != "" {
		q = q.Where("contact_id = ?", contactID)
	}
	var cs []model.LessonCompletion
	return cs, notFound(q.Order("completed_at").Find(&cs).Error, "completions of course "+courseID)
}

// ProgressFor counts, for each published course of the contact, lessons and finished lessons.
func (r Courses) ProgressFor(workspaceID, contactID string) ([]model.CourseProgress, error) {
	var out []model.CourseProgress
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
