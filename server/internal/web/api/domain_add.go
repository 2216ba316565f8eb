package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/shared/api"
)

// addDomain answers POST /api/v1/portal/domains.
func (s *Server) addDomain(c *fiber.Ctx) error {
	var in api.DomainRequest
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	if err := s.Workspaces.AddDomain(c.UserContext(), workspaceID(c), in.Host); err != nil {
		return err
	}
	c.Status(fiber.StatusCreated)
	return s.showPortal(c)
}
