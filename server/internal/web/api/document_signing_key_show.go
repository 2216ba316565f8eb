package api

import (
	"github.com/gofiber/fiber/v2"
)

// showSigningKey answers GET /api/v1/documents/signing-key: the certificate
// that signs the workspace's final copies (made the first time it is asked
// for) with its SHA-256 fingerprint, for the owner to publish.
func (s *Server) showSigningKey(c *fiber.Ctx) error {
	k, err := s.Documents.EnsureKey(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	out, err := signingKeyJSON(k)
	if err != nil {
		return err
	}
	return c.JSON(out)
}
