package ui

import (
	"context"
	"net/http"
)

// downloadAttachment streams a message's file as a download (plain browsers).
func (h *Handler) downloadAttachment(w http.ResponseWriter, r *http.Request) {
	h.serveDownload(w, r, h.attachment(r))
}

// saveAttachment asks where to save a message's file (native dialog) and writes it there.
func (h *Handler) saveAttachment(w http.ResponseWriter, r *http.Request) {
	h.saveWithDialog(w, r, h.attachment(r))
}

func (h *Handler) attachment(r *http.Request) fetchFunc {
	return func(ctx context.Context) (string, string, []byte, error) {
		f, err := h.app.MessageAttachment(ctx, r.PathValue("id"))
		return f.Name, f.ContentType, f.Data, err
	}
}
