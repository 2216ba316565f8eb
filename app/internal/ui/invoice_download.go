package ui

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"strings"

	"clientportal/app/internal/desk"
)

// downloadInvoicePDF streams the invoice's PDF (plain browsers).
func (h *Handler) downloadInvoicePDF(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	if err := h.app.CopyInvoicePDF(r.Context(), r.PathValue("id"), &buf); err != nil {
		http.Error(w, desk.UserMessage(err), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", invoiceFileName(r)))
	w.Header().Set("Cache-Control", "no-store")
	_, _ = buf.WriteTo(w)
}

// saveInvoicePDF asks where to save the PDF (native dialog) and writes it there.
func (h *Handler) saveInvoicePDF(w http.ResponseWriter, r *http.Request) {
	if h.saver == nil {
		h.message(w, r, "error", "Saving needs the desktop app; use the download link.")
		return
	}
	path, err := h.saver(r.Context(), invoiceFileName(r))
	if err != nil || path == "" {
		h.message(w, r, "queued", "Not saved.")
		return
	}
	var buf bytes.Buffer
	if err := h.app.CopyInvoicePDF(r.Context(), r.PathValue("id"), &buf); err != nil {
		h.message(w, r, "error", desk.UserMessage(err))
		return
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		h.message(w, r, "error", "Could not write "+path+": "+err.Error())
		return
	}
	h.message(w, r, "ok", "Saved to "+path+".")
}

// invoiceFileName is "Invoice <number>.pdf", or "Draft invoice.pdf" before issue.
func invoiceFileName(r *http.Request) string {
	n := strings.Map(func(c rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, c) {
			return '-'
		}
		return c
	}, strings.TrimSpace(r.FormValue("number")))
	if n == "" || n == "Draft" {
		return "Draft invoice.pdf"
	}
	return "Invoice " + n + ".pdf"
}
