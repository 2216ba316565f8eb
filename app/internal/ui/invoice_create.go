package ui

import (
	"net/http"

	"clientportal/shared/api"
)

// createInvoice saves a draft; the server computes the totals and checks every field.
func (h *Handler) createInvoice(w http.ResponseWriter, r *http.Request) {
	contacts := h.invoiceContacts(r)
	f := InvoiceForm{Contacts: contacts, Currencies: currencyCodes()}
	in, rows := readInvoiceForm(r, &f)
	if f.formProblems() {
		f.Message = &Message{Kind: "error", Text: "Not saved: check the highlighted lines."}
		h.partial(w, r, "_invoice_form", f)
		return
	}
	if len(in.Lines) == 0 {
		in.Lines = []api.InvoiceLineInput{}
	}
	out, err := h.app.CreateInvoice(r.Context(), in, contactLabel(contacts, in.ContactID))
	if err != nil {
		msg, fields := fieldProblems(err)
		f.placeProblems(fields, rows)
		f.Message = &Message{Kind: "error", Text: "Not saved: " + msg}
		h.partial(w, r, "_invoice_form", f)
		return
	}
	done := newInvoiceForm(contacts, h.now())
	if out.Queued {
		done.Message = &Message{Kind: "queued", Text: "The server cannot be reached: the draft for " + contactLabel(contacts, in.ContactID) + " is queued in the outbox and saved once, when the server is back."}
	} else {
		row := InvoiceRow{out.Invoice}
		done.Message = &Message{Kind: "ok", Text: "Draft saved for " + row.ContactName() + ": " + row.TotalLabel() + ". Issue it from the list when it is ready."}
	}
	trigger(w, "portal-changed")
	h.partial(w, r, "_invoice_form", done)
}

// contactLabel names a contact of the picker by name or email, for the outbox.
func contactLabel(contacts []api.Contact, id string) string {
	for _, c := range contacts {
		if c.ID == id {
			return who(c)
		}
	}
	return "contact " + id
}
