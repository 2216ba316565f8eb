package ui

import (
	"net/http"
	"time"

	"clientportal/app/internal/desk"
	"clientportal/shared/api"
	"clientportal/shared/money"
)

// InvoicesPage is the draft form and the list of invoices.
type InvoicesPage struct {
	Form InvoiceForm
	List InvoicesList
}

// InvoicesList is the invoices with the filters that chose them.
type InvoicesList struct {
	Invoices  []InvoiceRow
	Statuses  []StatusChoice
	Contacts  []api.Contact
	Status    string
	ContactID string
	Error     string
}

// InvoiceRow is an invoice as the list and the detail show it.
type InvoiceRow struct {
	api.Invoice
}

// NumberLabel is the invoice number, or "Draft" before it is issued.
func (v InvoiceRow) NumberLabel() string {
	if v.Number == "" {
		return "Draft"
	}
	return v.Number
}

// StatusLabel is the status, with "overdue" for an issued invoice past due.
func (v InvoiceRow) StatusLabel() string {
	if v.Overdue && v.Status == api.InvoiceIssued {
		return "overdue"
	}
	return string(v.Status)
}

// ContactName names the billed contact.
func (v InvoiceRow) ContactName() string { return who(v.Contact) }

// TotalLabel is the total with its currency.
func (v InvoiceRow) TotalLabel() string { return v.money(v.Total) }

// SubtotalLabel is the total before tax.
func (v InvoiceRow) SubtotalLabel() string { return v.money(v.Subtotal) }

// TaxLabel is the tax of all lines.
func (v InvoiceRow) TaxLabel() string { return v.money(v.Tax) }

func (v InvoiceRow) money(minor int64) string {
	return formatMoney(minor, v.Currency)
}

// showInvoices shows the invoices page; ?status= and ?contact_id= filter the list.
func (h *Handler) showInvoices(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	contacts := h.invoiceContacts(r)
	page := InvoicesPage{Form: newInvoiceForm(contacts, h.now()), List: h.invoicesList(r, contacts)}
	h.page(w, r, "invoices", h.newPage(r, "Invoices", "invoices", page))
}

// showInvoicesList renders the list alone (filtered, or refreshed on a change).
func (h *Handler) showInvoicesList(w http.ResponseWriter, r *http.Request) {
	if !h.connected(w, r) {
		return
	}
	h.partial(w, r, "_invoices_list", h.invoicesList(r, h.invoiceContacts(r)))
}

func (h *Handler) invoicesList(r *http.Request, contacts []api.Contact) InvoicesList {
	q := api.InvoiceQuery{Status: api.InvoiceStatus(r.FormValue("status")), ContactID: r.FormValue("contact_id")}
	out := InvoicesList{Contacts: contacts, Status: string(q.Status), ContactID: q.ContactID, Statuses: invoiceStatusChoices(string(q.Status))}
	l, err := h.app.Invoices(r.Context(), q)
	if err != nil {
		out.Error = "Could not load the invoices: " + desk.UserMessage(err)
	}
	for _, v := range l.Invoices {
		out.Invoices = append(out.Invoices, InvoiceRow{v})
	}
	return out
}

func invoiceStatusChoices(selected string) []StatusChoice {
	out := []StatusChoice{{Value: "", Label: "All"}}
	for _, s := range []api.InvoiceStatus{api.InvoiceDraft, api.InvoiceIssued, api.InvoicePartiallyPaid,
		api.InvoicePaid, api.InvoicePartiallyRefunded, api.InvoiceRefunded, api.InvoiceVoid} {
		out = append(out, StatusChoice{Value: string(s), Label: string(s)})
	}
	for i := range out {
		out[i].Selected = out[i].Value == selected
	}
	return out
}

// invoiceContacts is the contacts to bill, for the pickers.
func (h *Handler) invoiceContacts(r *http.Request) []api.Contact {
	l, _, err := h.app.Contacts(r.Context(), api.ContactQuery{Limit: 200})
	if err != nil {
		return nil
	}
	return l.Contacts
}

// currencyCodes is the currencies for the picker, in alphabetical order.
func currencyCodes() []string { return money.Codes() }

// now is the UI clock's reading in the owner's time zone.
func (h *Handler) now() time.Time { return h.clock.Now().Local() }

// today is the owner's local date as YYYY-MM-DD.
func (h *Handler) today() string { return h.now().Format(time.DateOnly) }
