package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
)

// NewDocumentTemplate is an upload of a template: a PDF, its roles in
// signing order (Orders gives each role's order; equal orders sign in
// parallel) and fields placed for roles.
type NewDocumentTemplate struct {
	Title    string
	Roles    []string
	Orders   []int
	Fields   []TemplateField
	FileName string
	PDF      []byte
}

// DocumentTemplate fetches one template.
func (c *Client) DocumentTemplate(ctx context.Context, id string) (DocumentTemplate, error) {
	var t DocumentTemplate
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/document-templates/" + url.PathEscape(id)}, &t)
	return t, err
}

// UploadDocumentTemplate creates a template from a PDF.
func (c *Client) UploadDocumentTemplate(ctx context.Context, in NewDocumentTemplate) (DocumentTemplate, error) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	_ = w.WriteField("title", in.Title)
	for name, v := range map[string]any{"roles": in.Roles, "orders": in.Orders, "fields": in.Fields} {
		if v == nil {
			continue
		}
		b, err := json.Marshal(v)
		if err != nil {
			return DocumentTemplate{}, fmt.Errorf("encode %s: %w", name, err)
		}
		_ = w.WriteField(name, string(b))
	}
	name := in.FileName
	if name == "" {
		name = "template.pdf"
	}
	part, err := w.CreateFormFile("file", name)
	if err == nil {
		_, err = part.Write(in.PDF)
	}
	if err != nil || w.Close() != nil {
		return DocumentTemplate{}, fmt.Errorf("build template upload: %v", err)
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/api/v1/document-templates", &buf)
	if err != nil {
		return DocumentTemplate{}, fmt.Errorf("build template upload: %w", err)
	}
	hr.Header.Set("Content-Type", w.FormDataContentType())
	var t DocumentTemplate
	return t, c.send(hr, &t)
}

// SendDocumentTemplate makes a document of the template with a contact per
// role and sends it.
func (c *Client) SendDocumentTemplate(ctx context.Context, id, title string, signers map[string]string, idemKey string) (Document, error) {
	var d Document
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/document-templates/" + url.PathEscape(id) + "/send",
		Body: TemplateSend{Signers: signers, Title: title}, IdempotencyKey: idemKey}, &d)
	return d, err
}

// BulkSendDocumentTemplate queues one document of a one-role template per contact.
func (c *Client) BulkSendDocumentTemplate(ctx context.Context, id, title string, contactIDs []string, idemKey string) (BatchQueued, error) {
	var q BatchQueued
	err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v1/document-templates/" + url.PathEscape(id) + "/send",
		Body: TemplateSend{ContactIDs: contactIDs, Title: title}, IdempotencyKey: idemKey}, &q)
	return q, err
}

// DocumentBatch fetches a bulk send with each contact's status.
func (c *Client) DocumentBatch(ctx context.Context, id string) (DocumentBatch, error) {
	var b DocumentBatch
	err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/api/v1/document-batches/" + url.PathEscape(id)}, &b)
	return b, err
}
