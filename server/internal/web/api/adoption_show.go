package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
	"clientportal/shared/api"
)

// showAdoption answers GET /api/v1/portal/adoption?days=30: invites and
// joins per UTC day, for the owner's chart.
func (s *Server) showAdoption(c *fiber.Ctx) error {
	days, err := s.Workspaces.Adoption(c.UserContext(), workspaceID(c), c.QueryInt("days", 30))
	if err != nil {
		return err
	}
	out := api.Adoption{Days: make([]api.AdoptionDay, len(days))}
	for i, d := range days {
		out.Days[i] = api.AdoptionDay{Date: d.Day, Invited: d.Invited, Joined: d.Joined}
	}
	httpx.NoStore(c)
	return c.JSON(out)
}
