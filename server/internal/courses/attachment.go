package courses

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"path"
	"strings"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/pdf"
	"clientportal/server/internal/store"
)

// MaxAttachment is the largest PDF a lesson may carry.
const MaxAttachment = 25 << 20

// Attachment is a lesson's PDF.
type Attachment struct {
	Name string
	Data []byte
}

// Attach checks a PDF and makes it the lesson's attachment.
func (s *Service) Attach(ctx context.Context, workspaceID, courseID, lessonID, name string, data []byte) (model.Lesson, error) {
	switch {
	case len(data) == 0:
		return model.Lesson{}, apperr.New(apperr.Invalid, "Choose a PDF file to attach.")
	case len(data) > MaxAttachment:
		return model.Lesson{}, apperr.New(apperr.TooLarge, "This PDF is larger than 25 MB. Attach a smaller file.")
	case !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")):
		return model.Lesson{}, apperr.New(apperr.Unsupported, "This file is not a PDF, whatever its name says. Attach a PDF file.")
	}
	if err := pdf.CheckAttachment(data, pdf.Limits{MaxBytes: MaxAttachment}); err != nil {
		return model.Lesson{}, apperr.Wrap(apperr.Invalid, err, "%s", err.Error())
	}
	name = attachmentName(name)
	sum := sha256.Sum256(data)
	sha := hex.EncodeToString(sum[:])
	var l model.Lesson
	err := s.store.InTx(ctx, func(tx *store.Tx) (err error) {
		if l, err = tx.Courses().Lesson(workspaceID, courseID, lessonID); err != nil {
			return store.Missing(err, "This lesson does not exist.")
		}
		if err := tx.Blobs().Put(sha, "application/pdf", data); err != nil {
			return err
		}
		l.AttachmentSHA256, l.AttachmentName = sha, name
		return tx.Courses().SetAttachment(workspaceID, lessonID, sha, name)
	})
	return l, err
}

// attachmentName keeps a plain file name ending in .pdf.
func attachmentName(name string) string {
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == '"' || r == '\\' || r == '/' || r == 0x7f {
			return -1
		}
		return r
	}, path.Base(strings.ReplaceAll(name, "\\", "/")))
	if name == "" || name == "." {
		name = "lesson"
	}
	if !strings.HasSuffix(strings.ToLower(name), ".pdf") {
		name += ".pdf"
	}
	return name
}

// ClientAttachment returns a lesson's PDF to a client granted the course.
func (s *Service) ClientAttachment(ctx context.Context, workspaceID, contactID, courseID, lessonID string) (a Attachment, err error) {
	err = s.store.View(ctx, func(tx *store.Tx) error {
		e, err := enrolment(tx, workspaceID, contactID, courseID)
		if err != nil {
			return err
		}
		i := e.index(lessonID)
		if i < 0 || e.Lessons[i].AttachmentSHA256 == "" {
			return apperr.NotFoundf("This lesson has no attachment.")
		}
		b, err := tx.Blobs().Get(e.Lessons[i].AttachmentSHA256)
		a = Attachment{Name: e.Lessons[i].AttachmentName, Data: b.Data}
		return err
	})
	return a, err
}
