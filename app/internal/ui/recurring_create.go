package ui

import (
	"net/http"
	"strconv"
	"strings"

	"clientportal/shared/api"
)

// createRecurring schedules a recurring invoice from the one-line form.
func (h *Handler) createRecurring(w http.ResponseWriter, r *http.Request) {
	contacts := h.invoiceContacts(r)
	f := RecurringForm{Contacts: contacts, Currencies: currencyCodes(), ContactID: r.FormValue("contact_id"), Currency: r.FormValue("currency"),
		Description: strings.TrimSpace(r.FormValue("description")), Quantity: strings.TrimSpace(r.FormValue("quantity")),
		Price: strings.TrimSpace(r.FormValue("unit_price")), Every: r.FormValue("interval"), StartsOn: r.FormValue("starts_on"),
		Count: strings.TrimSpace(r.FormValue("count")), Errors: map[string]string{}}
	price, err := parseDecimal(f.Price, currencyExponent(f.Currency))
	if err != nil {
		f.Errors["unit_price"] = "Give the price as a number, such as 250 or 99.50."
	}
	count := 0
	if f.Count != "" {
		if count, err = strconv.Atoi(f.Count); err != nil {
			f.Errors["count"] = "Give a whole number, or leave it empty to go on until stopped."
		}
	}
	if len(f.Errors) > 0 {
		f.Message = &Message{Kind: "error", Text: "Not saved: check the highlighted fields."}
		h.partial(w, r, "_recurring_form", f)
		return
	}
	in := api.RecurringInvoiceInput{ContactID: f.ContactID, Currency: f.Currency, Interval: f.Every, StartsOn: f.StartsOn, Count: count,
		Lines: []api.InvoiceLineInput{{Description: f.Description, Quantity: f.Quantity, UnitPrice: price}}}
	ri, err := h.app.CreateRecurringInvoice(r.Context(), in)
	if err != nil {
		msg, fields := fieldProblems(err)
		for k, v := range fields {
			f.Errors[strings.TrimPrefix(strings.TrimPrefix(k, "lines[0]."), "lines")] = v
		}
		f.Message = &Message{Kind: "error", Text: "Not saved: " + msg}
		h.partial(w, r, "_recurring_form", f)
		return
	}
	done := h.newRecurringForm(contacts)
	done.Message = &Message{Kind: "ok", Text: "Scheduled: the first invoice is issued and emailed on " + ri.NextOn + "."}
	trigger(w, "recurring-changed")
	h.partial(w, r, "_recurring_form", done)
}

// showRecurringList renders the list alone (after a change).
func (h *Handler) showRecurringList(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.partial(w, r, "_recurring_list", h.recurringList(r, h.invoiceContacts(r)))
}

// pauseRecurring pauses (paused=true) or resumes a recurring invoice.
func (h *Handler) pauseRecurring(w http.ResponseWriter, r *http.Request) {
	paused := r.FormValue("paused") == "true"
	_, err := h.app.UpdateRecurringInvoice(r.Context(), r.PathValue("id"), api.RecurringInvoiceChange{Paused: &paused})
	h.recurringChanged(w, r, err)
}

// deleteRecurring stops a recurring invoice.
func (h *Handler) deleteRecurring(w http.ResponseWriter, r *http.Request) {
	h.recurringChanged(w, r, h.app.DeleteRecurringInvoice(r.Context(), r.PathValue("id")))
}

func (h *Handler) recurringChanged(w http.ResponseWriter, r *http.Request, err error) {
	l := h.recurringList(r, h.invoiceContacts(r))
	if err != nil {
		msg, _ := fieldProblems(err)
		l.Message = &Message{Kind: "error", Text: "Not changed: " + msg}
	}
	h.partial(w, r, "_recurring_list", l)
}
