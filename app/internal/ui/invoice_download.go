package ui

import (
	"bytes"
	"context"
	"net/http"
	"strings"
)

// downloadInvoicePDF streams the invoice's PDF (plain browsers).
func (h *Handler) downloadInvoicePDF(w http.ResponseWriter, r *http.Request) {
	h.serveDownload(w, r, h.invoicePDF(r))
}

// saveInvoicePDF asks where to save the PDF (native dialog) and writes it there.
func (h *Handler) saveInvoicePDF(w http.ResponseWriter, r *http.Request) {
	h.saveWithDialog(w, r, h.invoicePDF(r))
}

func (h *Handler) invoicePDF(r *http.Request) fetchFunc {
	return func(ctx context.Context) (string, string, []byte, error) {
		var buf bytes.Buffer
		err := h.app.CopyInvoicePDF(ctx, r.PathValue("id"), &buf)
		return invoiceFileName(r), "application/pdf", buf.Bytes(), err
	}
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
