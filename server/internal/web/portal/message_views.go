package portal

import (
	"html/template"

	"github.com/gofiber/fiber/v2"

	"clientportal/server/internal/messages"
	"clientportal/server/internal/model"
)

// MessageView is one message as the client's page shows it.
type MessageView struct {
	ID, Author, Attachment string
	When                   Moment
	Mine                   bool
	HTML                   template.HTML
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

// clientThread loads the signed-in client's conversation and marks what
// the owner wrote as read.
func (s *Server) clientThread(c *fiber.Ctx, problem string) (MessageThread, error) {
	ct := currentClient(c)
	thread, err := s.Messages.ClientThread(c.UserContext(), ct.WorkspaceID, ct.ID)
	if err != nil {
		return MessageThread{}, err
	}
	w, _ := currentWorkspace(c)
	z := s.lz(c)
	out := MessageThread{Workspace: w.Name, Error: problem, EmptyText: z.T("messages.empty", "Workspace", w.Name)}
	for _, m := range thread {
		v := MessageView{ID: m.ID, Author: w.Name, When: s.moment(c, m.CreatedAt, ct.TimeZone), Mine: m.Author == model.AuthorClient,
			HTML: messages.RenderBody(m.Body), Attachment: m.AttachmentName}
		if v.Mine {
			v.Author = z.T("messages.you")
		}
		out.Messages = append(out.Messages, v)
	}
	return out, nil
}
