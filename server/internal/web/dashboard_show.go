package web

import (
	"github.com/gofiber/fiber/v2"
)

// DashboardPage is the signed-in client's start page.
type DashboardPage struct {
	Layout
	Client ClientView
}

// showDashboard greets the client on their personal dashboard.
func (s *Server) showDashboard(c *fiber.Ctx) error {
	noStore(c)
	return page(c, "portal/pages/dashboard", DashboardPage{Layout: s.clientLayout(c, "Dashboard", "/dashboard"), Client: clientView(currentClient(c))})
}
