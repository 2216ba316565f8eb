package api

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/customvalues"
	"clientportal/shared/api"
)

// listCustomValues answers GET /api/v1/custom-values: every {{key}} an
// email, text or workflow step may use, with the workspace's contact fields.
func (s *Server) listCustomValues(c *fiber.Ctx) error {
	fs, err := s.Contacts.Fields(c.UserContext(), workspaceID(c))
	if err != nil {
		return err
	}
	out := api.CustomValueList{Values: []api.CustomValue{}}
	for _, v := range customvalues.Values {
		out.Values = append(out.Values, api.CustomValue{Key: v.Key, Label: v.Label, Example: v.Example})
	}
	for _, f := range fs {
		out.Values = append(out.Values, api.CustomValue{Key: customvalues.FieldPrefix + f.Key, Label: f.Label, Example: "(" + f.Label + ")"})
	}
	return c.JSON(out)
}
