package httpx

import (
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/documents"
	"clientportal/server/internal/messages"
	"clientportal/server/internal/model"
)

// DocumentFile reads an uploaded file, refusing one over max bytes unread.
func DocumentFile(c *fiber.Ctx, name string, max int64) ([]byte, error) {
	fh, err := c.FormFile(name)
	if err != nil {
		return nil, nil // missing: the service says which field is needed
	}
	if fh.Size > max {
		msg := fmt.Sprintf("This file is too large; the limit is %d MB.", max>>20)
		// i18n: uploads.error.file_too_large
		return nil, (&apperr.Error{Kind: apperr.TooLarge, Message: msg, Fields: map[string]string{name: msg}}).
			Say("uploads.error.file_too_large", "MB", int(max>>20))
	}
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, max+1))
}

// SendPDF answers with a PDF to save (attachment) or to show (inline),
// named after the document's title.
func SendPDF(c *fiber.Ctx, f documents.File, disposition, suffix string) error {
	NoStore(c)
	name := f.Title + suffix + ".pdf"
	c.Set(fiber.HeaderContentType, "application/pdf")
	c.Set(fiber.HeaderContentDisposition, fmt.Sprintf(`%s; filename="%s"; filename*=UTF-8''%s`,
		disposition, AsciiFileName(name), url.PathEscape(name)))
	c.Set("X-Content-Type-Options", "nosniff")
	return c.Send(f.Data)
}

// AsciiFileName keeps a file name safe for the plain filename parameter.
func AsciiFileName(name string) string {
	out := strings.Map(func(r rune) rune {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(" ._-()", r)) {
			return r
		}
		return '_'
	}, name)
	return strings.TrimSpace(out)
}

// SendInvoicePDF answers with an invoice's PDF to save.
func SendInvoicePDF(c *fiber.Ctx, inv model.Invoice, b []byte) error {
	name := "Invoice " + inv.Number
	if inv.Number == "" {
		name = "Draft invoice"
	}
	NoStore(c)
	c.Set(fiber.HeaderContentType, "application/pdf")
	c.Set(fiber.HeaderContentDisposition, `attachment; filename="`+AsciiFileName(name+".pdf")+`"`)
	c.Set("X-Content-Type-Options", "nosniff")
	return c.Send(b)
}

// MessageFile reads an optional uploaded file of a multipart form.
func MessageFile(c *fiber.Ctx, field string) (*messages.Upload, error) {
	fh, err := c.FormFile(field)
	if err != nil {
		return nil, nil
	}
	if fh.Size > int64(MaxBody) {
		return nil, fiber.NewError(fiber.StatusRequestEntityTooLarge, "The file is too large.")
	}
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	return &messages.Upload{Name: fh.Filename, Data: data}, nil
}

// SendAttachment answers with a message's file, never as something to run.
func SendAttachment(c *fiber.Ctx, a messages.Attachment) error {
	NoStore(c)
	c.Set(fiber.HeaderContentType, a.ContentType)
	c.Set(fiber.HeaderContentDisposition, `attachment; filename="`+AsciiFileName(a.Name)+`"`)
	c.Set("X-Content-Type-Options", "nosniff")
	c.Set(fiber.HeaderContentSecurityPolicy, "default-src 'none'; sandbox")
	return c.Send(a.Data)
}
