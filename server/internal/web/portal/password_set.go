package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// setPassword saves an optional password for the client.
func (s *Server) setPassword(c *fiber.Ctx) error {
	ct := currentClient(c)
	p := s.profilePage(c, ct)
	if err := s.Sessions.SetPassword(c.UserContext(), ct.WorkspaceID, ct.ID, c.FormValue("password")); err != nil {
		status, e := httpx.Classify(err)
		if status >= 500 {
			return err
		}
		c.Status(status)
		p.Error = s.inClientsWords(c, e.Fields["password"])
		return page(c, pageProfile, p)
	}
	return profileSaved(c, "password")
}
