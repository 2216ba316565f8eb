package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// uploadSigningKey answers PUT /api/v1/documents/signing-key (multipart:
// file, a PKCS#12 .p12/.pfx, and password): final copies are signed with the
// owner's own certificate from then on.
func (s *Server) uploadSigningKey(c *fiber.Ctx) error {
	data, err := httpx.DocumentFile(c, "file", 1<<20)
	if err != nil {
		return err
	}
	if len(data) == 0 {
		return fiber.NewError(fiber.StatusUnprocessableEntity, "Attach the PKCS#12 file (.p12 or .pfx) as the 'file' field, and its password as 'password'.")
	}
	k, err := s.Documents.UploadKey(c.UserContext(), workspaceID(c), data, c.FormValue("password"))
	if err != nil {
		return err
	}
	out, err := signingKeyJSON(k)
	if err != nil {
		return err
	}
	return c.JSON(out)
}
