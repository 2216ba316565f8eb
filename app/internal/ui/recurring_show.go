package ui

import (
	"net/http"
	"strconv"
	"strings"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
)

// RecurringForm is the form of a new recurring invoice (one line), as typed.
type RecurringForm struct {
	Contacts                                                 []api.Contact
	Currencies                                               []string
	ContactID, Currency, Description, Quantity, Price, Every string
	StartsOn, Count                                          string
	Message                                                  *Message
	Errors                                                   map[string]string
}

// RecurringList is the workspace's recurring invoices.
type RecurringList struct {
	Items   []RecurringRow
	Message *Message
}

// RecurringRow is one recurring invoice as the list shows it.
type RecurringRow struct {
	api.RecurringInvoice
	ContactName string
}

// LinesLabel is what each invoice bills ("Retainer: 1 × EUR 1,000.00").
func (r RecurringRow) LinesLabel() string {
	parts := make([]string, 0, len(r.Lines))
	for _, l := range r.Lines {
		q := l.Quantity
		if q == "" {
			q = "1"
		}
		parts = append(parts, l.Description+": "+q+" × "+formatMoney(l.UnitPrice, r.Currency))
	}
	return strings.Join(parts, "; ")
}

// CountLabel says how many were issued, of how many.
func (r RecurringRow) CountLabel() string {
	if r.Count == 0 {
		return strconv.Itoa(len(r.Issued)) + " issued"
	}
	return strconv.Itoa(len(r.Issued)) + " of " + strconv.Itoa(r.Count) + " issued"
}

// RecurringPage is the form and the list.
type RecurringPage struct {
	Form RecurringForm
	List RecurringList
}

// showRecurring shows the recurring invoices page.
func (h *Handler) showRecurring(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	contacts := h.invoiceContacts(r)
	page := RecurringPage{Form: h.newRecurringForm(contacts), List: h.recurringList(r, contacts)}
	h.page(w, r, "recurring", h.newPage(r, "Recurring invoices", "recurring", page))
}

func (h *Handler) newRecurringForm(contacts []api.Contact) RecurringForm {
	return RecurringForm{Contacts: contacts, Currencies: currencyCodes(), Currency: "EUR", Quantity: "1", Every: "month",
		StartsOn: h.now().Format("2006-01-02")}
}

func (h *Handler) recurringList(r *http.Request, contacts []api.Contact) RecurringList {
	l, err := h.app.RecurringInvoices(r.Context())
	if err != nil {
		return RecurringList{Message: &Message{Kind: "error", Text: "Could not load the recurring invoices: " + desk.UserMessage(err)}}
	}
	names := map[string]string{}
	for _, c := range contacts {
		names[c.ID] = who(c)
	}
	var out RecurringList
	for _, ri := range l.RecurringInvoices {
		out.Items = append(out.Items, RecurringRow{RecurringInvoice: ri, ContactName: names[ri.ContactID]})
	}
	return out
}
