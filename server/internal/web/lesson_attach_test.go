package web_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"clientportal/shared/testpdf"
)

// attach uploads a file as a lesson's attachment through the owner API.
func (p *portal) attach(token, courseID, lessonID, name string, data []byte) answer {
	p.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, _ := mw.CreateFormFile("file", name)
	fw.Write(data)
	mw.Close()
	return p.do(request{method: http.MethodPut, path: "/api/v1/courses/" + courseID + "/lessons/" + lessonID + "/attachment",
		token: token, contentType: mw.FormDataContentType(), body: buf.String()})
}

func TestALessonPDFDownloadsForGrantedClientsAndAFileThatIsNotAPDFIsRefused(t *testing.T) {
	p := newPortal(t, "sqlite")
	tok := p.acme.Token
	ada := p.accessContact(tok, "ada@example.test", "Ada Lovelace")
	c := p.courseFixture(tok)
	lesson := c.Modules[0].Lessons[1].ID
	bad := p.attach(tok, c.ID, lesson, "notes.pdf", []byte("<html>not a pdf</html>"))
	if msg := apiError(t, bad, http.StatusUnsupportedMediaType, "unsupported_media_type"); !strings.Contains(msg, "not a PDF") {
		t.Errorf("a fake PDF is refused with %q", msg)
	}
	pdf := testpdf.Text("Worksheet")
	mustStatus(t, p.attach(tok, c.ID, lesson, `../../work"sheet.pdf`, pdf), http.StatusOK)
	origin := "http://" + p.acme.Workspace.Slug + ".localhost:8080"
	path := origin + "/courses/" + c.ID + "/lessons/" + lesson
	sess := map[string]string{"portal_session": p.accessLogin(p.accessMagicLink(tok, ada.ID))}
	if a := p.accessPage(http.MethodGet, path+"/attachment", sess, nil); a.status != http.StatusNotFound {
		t.Errorf("the attachment answers %d before the course is granted, want 404", a.status)
	}
	p.grant(tok, c.ID, ada.ID)
	if page := p.accessPage(http.MethodGet, path, sess, nil); !strings.Contains(page.body, "Download worksheet.pdf (PDF)") {
		t.Errorf("the lesson page offers no download of worksheet.pdf")
	}
	a := p.accessPage(http.MethodGet, path+"/attachment", sess, nil)
	if a.status != http.StatusOK || a.body != string(pdf) || a.header.Get("Content-Disposition") != `attachment; filename="worksheet.pdf"` {
		t.Errorf("the download answers %d %q with %q", a.status, a.header.Get("Content-Disposition"), a.body)
	}
}

func TestALessonPDFThatRunsAScriptIsRefusedAndNothingIsStored(t *testing.T) {
	p := newPortal(t, "sqlite")
	tok := p.acme.Token
	c := p.courseFixture(tok)
	lesson := c.Modules[0].Lessons[1].ID
	script := testpdf.Objects([]string{
		"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
	}, 1)
	refused := p.attach(tok, c.ID, lesson, "worksheet.pdf", script)
	if msg := apiError(t, refused, http.StatusUnprocessableEntity, "validation_failed"); !strings.Contains(msg, "scripts, launch actions or embedded files") {
		t.Errorf("a lesson PDF with a script is refused with %q", msg)
	}
	if course := p.api(http.MethodGet, "/api/v1/courses/"+c.ID, tok, ""); strings.Contains(course.body, "worksheet.pdf") {
		t.Errorf("the refused PDF was attached: %s", course.body)
	}
}
