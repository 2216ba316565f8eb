package ui

import (
	"context"
	"fmt"
	"net/http"
	"os"

	"clientportal/app/internal/desk"
)

// Saver asks the owner where to save a file (the desktop's native dialog);
// it returns "" when the owner cancels.
type Saver func(ctx context.Context, suggestedName string) (string, error)

// fetchFunc gets a file's name, type and bytes from the server.
type fetchFunc func(ctx context.Context) (name, contentType string, data []byte, err error)

// serveDownload answers with the fetched file as a download (plain browsers).
func (h *Handler) serveDownload(w http.ResponseWriter, r *http.Request, fetch fetchFunc) {
	name, contentType, data, err := fetch(r.Context())
	if err != nil {
		http.Error(w, desk.UserMessage(err), http.StatusBadGateway)
		return
	}
	if contentType == "" {
		contentType = "application/octet-stream"
	}
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Security-Policy", "default-src 'none'; sandbox")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(data)
}

// saveWithDialog fetches a file, asks where to save it (native dialog) and
// writes it there, telling the owner what happened.
func (h *Handler) saveWithDialog(w http.ResponseWriter, r *http.Request, fetch fetchFunc) {
	if h.saver == nil {
		h.message(w, r, "error", "Saving needs the desktop app; use the download link.")
		return
	}
	name, _, data, err := fetch(r.Context())
	if err != nil {
		h.message(w, r, "error", "Could not fetch the file: "+desk.UserMessage(err))
		return
	}
	path, err := h.saver(r.Context(), name)
	if err != nil || path == "" {
		h.message(w, r, "queued", "Not saved.")
		return
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		h.message(w, r, "error", "Could not write "+path+": "+err.Error())
		return
	}
	h.message(w, r, "ok", "Saved to "+path+".")
}
