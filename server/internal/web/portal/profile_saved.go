package portal

import "github.com/gofiber/fiber/v2"

// profileNotices are what the profile says after each change, by the
// "saved" query of the redirect that follows the change.
// i18n: profile.saved.picture profile.saved.removed profile.saved.password profile.saved.name profile.saved.language
var profileNotices = map[string]string{
	"picture":  "profile.saved.picture",
	"removed":  "profile.saved.removed",
	"password": "profile.saved.password",
	"name":     "profile.saved.name",
	"language": "profile.saved.language",
}

// profileSaved sends the browser back to the profile after a change (303),
// so a refresh shows the page again instead of sending the form twice.
func profileSaved(c *fiber.Ctx, what string) error {
	return c.Redirect("/profile?saved="+what, fiber.StatusSeeOther)
}
