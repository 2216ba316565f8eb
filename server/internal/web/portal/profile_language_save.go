package portal

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/i18n"
)

// saveProfileLanguage answers POST /profile/language: the client picks the
// language of their portal, emails and texts, or "" for their browser's. An
// unknown code shows the profile again (422) with the supported list, and
// nothing is saved; a saved choice sends the page back in the new language.
func (s *Server) saveProfileLanguage(c *fiber.Ctx) error {
	ct := currentClient(c)
	code, err := i18n.Parse(c.FormValue("language"))
	if err != nil {
		p := s.profilePage(c, ct)
		p.Language = c.FormValue("language")
		p.LanguageErr = s.lz(c).T("profile.language_unknown", "Code", c.FormValue("language"), "Codes", supportedCodes())
		c.Status(fiber.StatusUnprocessableEntity)
		return page(c, pageProfile, p)
	}
	if err := s.Profiles.SetLanguage(c.UserContext(), ct.WorkspaceID, ct.ID, code); err != nil {
		return err
	}
	return profileSaved(c, "language")
}

func supportedCodes() string { return strings.Join(i18n.Codes(), ", ") }
