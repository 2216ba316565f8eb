package desk

import (
	"context"
	"fmt"

	"clientportal/shared/api"
)

// MessageAttachment downloads the file sent with a message.
func (a *App) MessageAttachment(ctx context.Context, messageID string) (api.AttachmentFile, error) {
	c, err := a.Current()
	if err != nil {
		return api.AttachmentFile{}, err
	}
	f, err := c.Client.MessageAttachment(ctx, messageID)
	a.observe(err)
	if err != nil {
		return api.AttachmentFile{}, fmt.Errorf("download attachment of message %s: %w", messageID, err)
	}
	return f, nil
}
