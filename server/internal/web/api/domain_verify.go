package api

import (
	"net/url"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/apperr"
)

// verifyDomain answers POST /api/v1/portal/domains/{host}/verify: it looks
// for the domain's TXT record now and answers the domain, or 422 saying what
// the resolver saw.
func (s *Server) verifyDomain(c *fiber.Ctx) error {
	host, err := url.PathUnescape(c.Params("host"))
	if err != nil || host == "" || len(host) > 253 {
		return apperr.New(apperr.BadRequest, "The path must name one of the portal's domains, such as /api/v1/portal/domains/portal.example.com/verify.")
	}
	d, err := s.Workspaces.VerifyDomain(c.UserContext(), workspaceID(c), host)
	if err != nil {
		return err
	}
	return c.JSON(domainJSON(d))
}
