package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// setPrimaryDomain answers PUT /api/v1/portal/primary-domain.
func (s *Server) setPrimaryDomain(c *fiber.Ctx) error {
	var in api.DomainRequest
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	if err := s.Workspaces.SetPrimaryDomain(c.UserContext(), workspaceID(c), in.Host); err != nil {
		return err
	}
	return s.showPortal(c)
}
