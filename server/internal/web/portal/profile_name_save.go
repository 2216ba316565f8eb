package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/web/httpx"
)

// saveProfileName answers POST /profile/name: the client changes the name
// they are greeted by; a refused name shows the profile again with why.
func (s *Server) saveProfileName(c *fiber.Ctx) error {
	ct := currentClient(c)
	_, err := s.Profiles.SetName(c.UserContext(), ct.WorkspaceID, ct.ID, c.FormValue("name"))
	if err != nil {
		status, e := httpx.Classify(err)
		if status >= 500 || e.Fields["name"] == "" {
			return err
		}
		p := s.profilePage(c, ct)
		p.Name, p.NameErr = c.FormValue("name"), s.inClientsWords(c, e.Fields["name"])
		c.Status(status)
		return page(c, pageProfile, p)
	}
	return profileSaved(c, "name")
}
