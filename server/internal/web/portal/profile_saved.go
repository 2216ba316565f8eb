package portal

import "github.com/gofiber/fiber/v2"

// profileNotices are what the profile says after each change, by the
// "saved" query of the redirect that follows the change.
var profileNotices = map[string]string{
	"picture":  "Your new picture is saved. It shows on your dashboard and wherever you appear.",
	"removed":  "Your picture is removed; your initials show instead.",
	"password": "Password saved. You can now log in with it, or keep using login links.",
	"name":     "Your name is saved.",
}

// profileSaved sends the browser back to the profile after a change (303),
// so a refresh shows the page again instead of sending the form twice.
func profileSaved(c *fiber.Ctx, what string) error {
	return c.Redirect("/profile?saved="+what, fiber.StatusSeeOther)
}
