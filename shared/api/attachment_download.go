package api

import (
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
)

// MaxAttachmentDownload bounds the file read from GET /api/v1/messages/:id/attachment.
const MaxAttachmentDownload = 32 << 20

// AttachmentFile is a message's file with the name and type the server gave it.
type AttachmentFile struct {
	Name        string
	ContentType string
	Data        []byte
}

// MessageAttachment downloads the file sent with a message.
func (c *Client) MessageAttachment(ctx context.Context, messageID string) (AttachmentFile, error) {
	path := "/api/v1/messages/" + url.PathEscape(messageID) + "/attachment"
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return AttachmentFile{}, fmt.Errorf("build GET %s: %w", path, err)
	}
	hr.Header.Set("Authorization", "Bearer "+c.token)
	res, err := c.http.Do(hr)
	if err != nil {
		return AttachmentFile{}, fmt.Errorf("GET %s: %w", path, err)
	}
	defer res.Body.Close()
	if res.StatusCode >= 400 {
		return AttachmentFile{}, decodeError(res)
	}
	data, err := io.ReadAll(io.LimitReader(res.Body, MaxAttachmentDownload+1))
	if err != nil {
		return AttachmentFile{}, fmt.Errorf("GET %s: %w", path, err)
	}
	if len(data) > MaxAttachmentDownload {
		return AttachmentFile{}, fmt.Errorf("GET %s: the file is larger than %d bytes", path, MaxAttachmentDownload)
	}
	f := AttachmentFile{Name: "attachment", ContentType: res.Header.Get("Content-Type"), Data: data}
	if _, params, err := mime.ParseMediaType(res.Header.Get("Content-Disposition")); err == nil && params["filename"] != "" {
		f.Name = params["filename"]
	}
	return f, nil
}
