package ui

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"clientportal/shared/api"
)

// invoiceFormLines is how many empty line rows a new draft form shows.
const invoiceFormLines = 3

// InvoiceForm is the draft form with what the owner typed and the problems found.
type InvoiceForm struct {
	ContactID  string
	Currency   string
	IssueDate  string
	DueDate    string
	Notes      string
	PaymentURL string
	Lines      []LineRow
	Contacts   []api.Contact
	Currencies []string
	Errors     map[string]string
	Message    *Message
}

// NextLine is the number of the row the "Add line" button adds.
func (f InvoiceForm) NextLine() int { return len(f.Lines) }

// LineRow is one line item of the form as typed, with its problems.
type LineRow struct {
	N           int
	Description string
	Quantity    string
	UnitPrice   string
	TaxRate     string
	Errors      map[string]string
}

// NewLine is a blank row and the button that adds the one after it.
type NewLine struct {
	Line LineRow
	Next int
}

// newInvoiceForm is an empty draft due two weeks after today.
func newInvoiceForm(contacts []api.Contact, today time.Time) InvoiceForm {
	f := InvoiceForm{Currency: "EUR", DueDate: today.AddDate(0, 0, 14).Format(time.DateOnly), Contacts: contacts, Currencies: currencyCodes()}
	for i := range invoiceFormLines {
		f.Lines = append(f.Lines, LineRow{N: i, Quantity: "1"})
	}
	return f
}

// showInvoiceLine renders one more blank line row for the draft form.
func (h *Handler) showInvoiceLine(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.FormValue("n"))
	if err != nil || n < 0 || n > 199 {
		n = 0
	}
	h.partial(w, r, "_invoice_new_line", NewLine{Line: LineRow{N: n, Quantity: "1"}, Next: n + 1})
}

// readInvoiceForm parses the draft form; rows left blank are skipped. It
// returns the rows' form positions by line index, to put the server's
// per-line messages beside the right row.
func readInvoiceForm(r *http.Request, f *InvoiceForm) (api.InvoiceInput, []int) {
	_ = r.ParseForm()
	f.ContactID, f.Currency = r.FormValue("contact_id"), strings.ToUpper(strings.TrimSpace(r.FormValue("currency")))
	f.IssueDate, f.DueDate = strings.TrimSpace(r.FormValue("issue_date")), strings.TrimSpace(r.FormValue("due_date"))
	f.Notes, f.PaymentURL = strings.TrimSpace(r.FormValue("notes")), strings.TrimSpace(r.FormValue("payment_url"))
	in := api.InvoiceInput{ContactID: f.ContactID, Currency: f.Currency, IssueDate: f.IssueDate, DueDate: f.DueDate, Notes: f.Notes, PaymentURL: f.PaymentURL}
	desc, qty, price, tax := r.Form["description"], r.Form["quantity"], r.Form["unit_price"], r.Form["tax_rate"]
	var rows []int
	for i := range desc {
		l := LineRow{N: i, Description: strings.TrimSpace(desc[i]), Quantity: lineValue(qty, i), UnitPrice: lineValue(price, i), TaxRate: lineValue(tax, i)}
		f.Lines = append(f.Lines, l)
		if l.Description == "" && l.UnitPrice == "" && (l.Quantity == "" || l.Quantity == "1") {
			continue
		}
		line, ok := readInvoiceLine(&f.Lines[i], currencyExponent(f.Currency))
		if ok {
			in.Lines = append(in.Lines, line)
			rows = append(rows, i)
		}
	}
	return in, rows
}

// readInvoiceLine converts a typed row: the price in the currency's units,
// the tax rate in percent. The quantity goes to the server as typed.
func readInvoiceLine(l *LineRow, exp int) (api.InvoiceLineInput, bool) {
	out := api.InvoiceLineInput{Description: l.Description, Quantity: l.Quantity}
	l.Errors = map[string]string{}
	price, err := parseDecimal(l.UnitPrice, exp)
	if err != nil {
		l.Errors["unit_price"] = "Give the unit price as a number with at most " + strconv.Itoa(exp) + " decimals, like 12.50."
	}
	bp := int64(0)
	if l.TaxRate != "" {
		if bp, err = parseDecimal(l.TaxRate, 2); err != nil {
			l.Errors["tax_rate_bp"] = "Give the tax rate in percent, like 20 or 5.5."
		}
	}
	out.UnitPrice, out.TaxRateBP = price, int(bp)
	return out, len(l.Errors) == 0
}

// formProblems says whether any row has a problem found before sending.
func (f InvoiceForm) formProblems() bool {
	for _, l := range f.Lines {
		if len(l.Errors) > 0 {
			return true
		}
	}
	return false
}

// placeProblems puts the server's per-field messages beside their fields;
// "lines[2].quantity" goes to the form row that became line 2.
func (f *InvoiceForm) placeProblems(fields map[string]string, rows []int) {
	f.Errors = map[string]string{}
	for k, msg := range fields {
		rest, ok := strings.CutPrefix(k, "lines[")
		idx, field, found := strings.Cut(rest, "].")
		i, err := strconv.Atoi(idx)
		if !ok || !found || err != nil || i < 0 || i >= len(rows) {
			f.Errors[k] = msg
			continue
		}
		if field == "quantity_milli" {
			field = "quantity"
		}
		f.Lines[rows[i]].Errors[field] = msg
	}
}

func lineValue(vs []string, i int) string {
	if i < len(vs) {
		return strings.TrimSpace(vs[i])
	}
	return ""
}
