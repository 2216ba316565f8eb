package api

import (
	"clientportal/server/internal/messages"
	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

// messageJSON is the API shape of a message.
func messageJSON(m model.Message) api.Message {
	out := api.Message{ID: m.ID, ContactID: m.ContactID, Author: m.Author, Body: m.Body, HTML: string(messages.RenderBody(m.Body)),
		CreatedAt: m.CreatedAt, ReadAt: m.ReadAt}
	if m.AttachmentSHA != "" {
		out.Attachment = &api.Attachment{Name: m.AttachmentName, ContentType: m.AttachmentType, Size: m.AttachmentSize,
			URL: "/api/v1/messages/" + m.ID + "/attachment"}
	}
	return out
}
