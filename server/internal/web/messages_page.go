package web

import (
	"fmt"
	"html/template"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/messages"
	"clientportal/server/internal/model"
)

// MessageView is one message as the client's page shows it.
type MessageView struct {
	ID, Author, When, Attachment string
	Mine                         bool
	HTML                         template.HTML
}

// MessageThread is the conversation fragment the page swaps live.
type MessageThread struct {
	Messages  []MessageView
	Workspace string
	Error     string
	EmptyText string // what will appear here, while there is nothing
}

// MessagesPage is the client's conversation with the workspace.
type MessagesPage struct {
	Layout
	Thread MessageThread
}

// showMessages answers GET /messages: the conversation and the reply form;
// opening it marks the owner's messages read.
func (s *Server) showMessages(c *fiber.Ctx) error {
	noStore(c)
	t, err := s.clientThread(c, "")
	if err != nil {
		return err
	}
	return page(c, "portal/pages/messages", MessagesPage{Layout: s.appLayout(c, "Messages", "/messages"), Thread: t})
}

// showMessageThread answers GET /messages/thread: the fragment alone.
func (s *Server) showMessageThread(c *fiber.Ctx) error {
	noStore(c)
	t, err := s.clientThread(c, "")
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	return c.Render("portal/partials/_message_thread", t)
}

// clientThread loads the signed-in client's conversation and marks what
// the owner wrote as read.
func (s *Server) clientThread(c *fiber.Ctx, problem string) (MessageThread, error) {
	ct := currentClient(c)
	if err := s.Messages.MarkRead(c.UserContext(), ct.WorkspaceID, ct.ID, model.AuthorClient); err != nil {
		return MessageThread{}, err
	}
	t, err := s.Messages.Thread(c.UserContext(), ct.WorkspaceID, ct.ID)
	if err != nil {
		return MessageThread{}, err
	}
	w, _ := currentWorkspace(c)
	sec, _ := sectionBySlug("messages")
	out := MessageThread{Workspace: w.Name, Error: problem, EmptyText: fmt.Sprintf(sec.Empty, w.Name)}
	for _, m := range t.Messages {
		v := MessageView{ID: m.ID, Author: w.Name, When: m.CreatedAt.Format("2 Jan 2006, 15:04") + " UTC", Mine: m.Author == model.AuthorClient,
			HTML: messages.RenderBody(m.Body), Attachment: m.AttachmentName}
		if v.Mine {
			v.Author = "You"
		}
		out.Messages = append(out.Messages, v)
	}
	return out, nil
}

// sendClientMessage answers POST /messages from the reply form (htmx or plain).
func (s *Server) sendClientMessage(c *fiber.Ctx) error {
	ct := currentClient(c)
	file, err := messageFile(c, "file")
	if err == nil {
		_, err = s.Messages.Send(c.UserContext(), ct.WorkspaceID, ct.ID, model.AuthorClient, c.FormValue("body"), file)
	}
	problem := ""
	if err != nil {
		status, e := classify(err)
		if status >= 500 {
			return err
		}
		problem = e.Message
		if f := e.Fields["body"]; f != "" {
			problem = f
		}
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
	return c.Render("portal/partials/_message_thread", t)
}

// downloadAttachmentForClient answers GET /messages/:id/attachment.
func (s *Server) downloadAttachmentForClient(c *fiber.Ctx) error {
	ct := currentClient(c)
	a, err := s.Messages.Attachment(c.UserContext(), ct.WorkspaceID, ct.ID, c.Params("id"))
	if err != nil {
		return err
	}
	return sendAttachment(c, a)
}

// countUnreadMessages is the dashboard badge of messages: the owner's, unread.
func countUnreadMessages(s *Server, c *fiber.Ctx) (int, error) {
	ct := currentClient(c)
	return s.Messages.UnreadForClient(c.UserContext(), ct.WorkspaceID, ct.ID)
}
