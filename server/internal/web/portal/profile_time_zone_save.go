package portal

import (
	"github.com/gofiber/fiber/v2"
)

// saveTimeZone answers POST /profile/time-zone, which the page's script sends
// when the browser's time zone is not the one on the profile (204).
func (s *Server) saveTimeZone(c *fiber.Ctx) error {
	ct := currentClient(c)
	zone := c.FormValue("time_zone")
	if zone == ct.TimeZone {
		return c.SendStatus(fiber.StatusNoContent)
	}
	if err := s.Profiles.SetTimeZone(c.UserContext(), ct.WorkspaceID, ct.ID, zone); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
