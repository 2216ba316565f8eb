package ui

import (
	"fmt"
	"net/http"
	"os"

	"clientportal/app/internal/desk"
)

// downloadAttachment streams a message's file as a download (plain browsers).
func (h *Handler) downloadAttachment(w http.ResponseWriter, r *http.Request) {
	f, err := h.app.MessageAttachment(r.Context(), r.PathValue("id"))
	if err != nil {
		http.Error(w, desk.UserMessage(err), http.StatusBadGateway)
		return
	}
	if f.ContentType == "" {
		f.ContentType = "application/octet-stream"
	}
	w.Header().Set("Content-Type", f.ContentType)
	w.Header().Set("Content-Security-Policy", "default-src 'none'; sandbox")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", f.Name))
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(f.Data)
}

// saveAttachment asks where to save a message's file (native dialog) and writes it there.
func (h *Handler) saveAttachment(w http.ResponseWriter, r *http.Request) {
	if h.saver == nil {
		h.message(w, r, "error", "Saving needs the desktop app; use the download link.")
		return
	}
	f, err := h.app.MessageAttachment(r.Context(), r.PathValue("id"))
	if err != nil {
		h.message(w, r, "error", "Could not fetch the file: "+desk.UserMessage(err))
		return
	}
	path, err := h.saver(r.Context(), f.Name)
	if err != nil || path == "" {
		h.message(w, r, "queued", "Not saved.")
		return
	}
	if err := os.WriteFile(path, f.Data, 0o644); err != nil {
		h.message(w, r, "error", "Could not write "+path+": "+err.Error())
		return
	}
	h.message(w, r, "ok", "Saved to "+path+".")
}
