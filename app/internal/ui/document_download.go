package ui

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"

	"clientportal/app/internal/desk"
)

// Saver asks the owner where to save a file (the desktop's native dialog);
// it returns "" when the owner cancels.
type Saver func(ctx context.Context, suggestedName string) (string, error)

// downloadDocument streams the original or final PDF (plain browsers).
func (h *Handler) downloadDocument(w http.ResponseWriter, r *http.Request) {
	if c := r.PathValue("copy"); c != "original" && c != "final" {
		http.NotFound(w, r)
		return
	}
	final := r.PathValue("copy") == "final"
	var buf bytes.Buffer
	if err := h.app.CopyDocument(r.Context(), r.PathValue("id"), final, &buf); err != nil {
		http.Error(w, desk.UserMessage(err), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", fileName(r)))
	_, _ = buf.WriteTo(w)
}

// saveDocument asks where to save a copy (native dialog) and writes it there.
func (h *Handler) saveDocument(w http.ResponseWriter, r *http.Request) {
	if h.saver == nil {
		h.message(w, r, "error", "Saving needs the desktop app; use the download link.")
		return
	}
	path, err := h.saver(r.Context(), fileName(r))
	if err != nil || path == "" {
		h.message(w, r, "queued", "Not saved.")
		return
	}
	var buf bytes.Buffer
	if err := h.app.CopyDocument(r.Context(), r.PathValue("id"), r.PathValue("copy") == "final", &buf); err != nil {
		h.message(w, r, "error", desk.UserMessage(err))
		return
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		h.message(w, r, "error", "Could not write "+path+": "+err.Error())
		return
	}
	h.message(w, r, "ok", "Saved to "+path+".")
}

func fileName(r *http.Request) string {
	name := r.FormValue("title")
	if name == "" {
		name = r.PathValue("id")
	}
	return name + "-" + r.PathValue("copy") + ".pdf"
}
