package portal

import (
	"github.com/gofiber/fiber/v2"
)

// WelcomePage greets a visitor who is not signed in.
type WelcomePage struct {
	Layout
	LoginPath string
}

// showHome is the start page: the service's own page on its host, the
// workspace's portal on a workspace host.
func (s *Server) showHome(c *fiber.Ctx) error {
	if _, ok := currentWorkspace(c); !ok {
		return sitePage(c, siteIndex, SitePage{Title: s.lz(c).T("common.welcome"), ExampleHost: "acme." + s.Config.BaseURL.Host, DevMailbox: s.Config.DevMailbox(),
			DevTexts: s.Texts.DevOutbox()})
	}
	return page(c, pageWelcome, WelcomePage{Layout: s.layout(c, s.lz(c).T("common.welcome"))})
}
