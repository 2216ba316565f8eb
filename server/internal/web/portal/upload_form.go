package portal

import (
	"fmt"
	"io"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
)

// formFile reads one uploaded file of a multipart form.
func formFile(c *fiber.Ctx, field string) ([]byte, error) {
	fh, err := c.FormFile(field)
	if err != nil {
		// i18n: uploads.error.empty uploads.what.picture
		return nil, apperr.New(apperr.Invalid, "Choose a picture to upload.").Say("uploads.error.empty", "What", apperr.Word("uploads.what.picture"))
	}
	f, err := fh.Open()
	if err != nil {
		return nil, fmt.Errorf("open upload: %w", err)
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, 64<<20))
}
