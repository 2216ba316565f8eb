package portal

import (
	"html/template"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/courses"
	"clientportal/server/internal/web/httpx"
)

// LessonPage is one lesson with its body, video, attachment and neighbours.
type LessonPage struct {
	Layout
	Course               CourseCard
	Lesson               LessonLink
	Body                 template.HTML
	VideoEmbed           string
	AttachmentName       string
	AttachmentHref       string
	Prev, Next           *LessonLink
	Modules              []ModuleOutline
	CompleteAction, Note string
}

// showLesson answers /courses/:id/lessons/:lessonID and remembers it as
// where the client left off.
func (s *Server) showLesson(c *fiber.Ctx) error {
	httpx.NoStore(c)
	ct := currentClient(c)
	v, err := s.Courses.OpenLesson(c.UserContext(), ct.WorkspaceID, ct.ID, c.Params("id"), c.Params("lessonID"))
	if err != nil {
		return err
	}
	self := lessonLink(v.Enrolment, v.Lesson, v.Lesson.ID)
	p := LessonPage{Layout: s.appLayout(c, v.Lesson.Title, "/courses"), Course: courseCard(s.lz(c), v.Enrolment), Lesson: self,
		Body: trustedHTML(v.Lesson.BodyHTML), VideoEmbed: v.Lesson.VideoEmbed, Modules: outlineOf(v.Enrolment, v.Lesson.ID),
		CompleteAction: self.Href + "/complete"}
	if v.Lesson.AttachmentSHA256 != "" {
		p.AttachmentName, p.AttachmentHref = v.Lesson.AttachmentName, self.Href+"/attachment"
	}
	if v.Prev != nil {
		l := lessonLink(v.Enrolment, *v.Prev, "")
		p.Prev = &l
	}
	if v.Next != nil {
		l := lessonLink(v.Enrolment, *v.Next, "")
		p.Next = &l
	}
	if c.Query("done") == "1" {
		p.Note = s.lz(c).T("courses.well_done")
	}
	allowVideoFrame(c, v.Lesson.VideoEmbed)
	return page(c, pageLesson, p)
}

// allowVideoFrame widens this one response's Content-Security-Policy to
// frame the lesson's video player, and only its origin.
func allowVideoFrame(c *fiber.Ctx, embed string) {
	if origin := courses.EmbedOrigin(embed); origin != "" {
		c.Set(fiber.HeaderContentSecurityPolicy, httpx.ContentSecurityPolicy+"; frame-src "+origin)
	}
}
