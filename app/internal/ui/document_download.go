package ui

import (
	"bytes"
	"context"
	"net/http"
)

// downloadDocument streams the original or final PDF (plain browsers).
func (h *Handler) downloadDocument(w http.ResponseWriter, r *http.Request) {
	if c := r.PathValue("copy"); c != "original" && c != "final" {
		http.NotFound(w, r)
		return
	}
	h.serveDownload(w, r, h.documentCopy(r))
}

// saveDocument asks where to save a copy (native dialog) and writes it there.
func (h *Handler) saveDocument(w http.ResponseWriter, r *http.Request) {
	h.saveWithDialog(w, r, h.documentCopy(r))
}

// documentCopy fetches the copy the request names (original or final).
func (h *Handler) documentCopy(r *http.Request) fetchFunc {
	return func(ctx context.Context) (string, string, []byte, error) {
		var buf bytes.Buffer
		err := h.app.CopyDocument(ctx, r.PathValue("id"), r.PathValue("copy") == "final", &buf)
		return fileName(r), "application/pdf", buf.Bytes(), err
	}
}

func fileName(r *http.Request) string {
	name := r.FormValue("title")
	if name == "" {
		name = r.PathValue("id")
	}
	return name + "-" + r.PathValue("copy") + ".pdf"
}
