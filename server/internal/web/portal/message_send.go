package portal

import (
	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/model"
	"clientportal/server/internal/web/httpx"
)

// sendClientMessage answers POST /messages from the reply form (htmx or plain).
func (s *Server) sendClientMessage(c *fiber.Ctx) error {
	ct := currentClient(c)
	file, err := httpx.MessageFile(c, "file")
	if err == nil {
		_, err = s.Messages.Send(c.UserContext(), ct.WorkspaceID, ct.ID, model.AuthorClient, c.FormValue("body"), file)
	}
	problem := ""
	if err != nil {
		status, e := httpx.Classify(err)
		if status >= 500 {
			return err
		}
		problem = e.Message
		if f := e.Fields["body"]; f != "" {
			problem = f
		}
		problem = s.inClientsWords(c, problem)
		c.Status(status)
	}
	if !isHTMX(c) {
		if problem != "" {
			return err
		}
		return c.Redirect("/messages", fiber.StatusSeeOther)
	}
	t, terr := s.clientThread(c, problem)
	if terr != nil {
		return terr
	}
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	return partial(c, partialMessageThread, t)
}
