package ui

import "net/http"

// issueInvoice numbers a draft and emails the client a link to it.
func (h *Handler) issueInvoice(w http.ResponseWriter, r *http.Request) {
	v, err := h.app.IssueInvoice(r.Context(), r.PathValue("id"))
	row := InvoiceRow{v}
	h.invoiceChanged(w, r, v, err, "Issued as "+row.NumberLabel()+"; "+v.Contact.Email+" gets an email with a link to it.")
}
