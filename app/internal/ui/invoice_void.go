package ui

import "net/http"

// voidInvoice cancels a draft or an unpaid invoice; it stays listed as void.
func (h *Handler) voidInvoice(w http.ResponseWriter, r *http.Request) {
	v, err := h.app.VoidInvoice(r.Context(), r.PathValue("id"))
	h.invoiceChanged(w, r, v, err, "Voided. It stays in the list as void.")
}
