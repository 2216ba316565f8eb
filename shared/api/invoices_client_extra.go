package api

import (
	"context"
	"io"
	"net/http"
)

// DownloadInvoicePDF writes the invoice's PDF (a draft gets a draft copy) to w.
func (c *Client) DownloadInvoicePDF(ctx context.Context, id string, w io.Writer) error {
	return c.Do(ctx, Request{Method: http.MethodGet, Path: invoicePath(id, "/pdf")}, w)
}
