package invoices

import (
	"strings"

	"clientportal/server/internal/model"
)

// statusWord is how a client reads an invoice's state.
func statusWord(v View) string {
	switch {
	case v.Overdue():
		return "Overdue"
	case v.Invoice.Status == model.InvoiceIssued:
		return "Due"
	case v.Invoice.Status == model.InvoicePartiallyPaid:
		return "Partly paid"
	case v.Invoice.Status == model.InvoicePaid:
		return "Paid"
	case v.Invoice.Status == model.InvoicePartiallyRefunded:
		return "Partly refunded"
	case v.Invoice.Status == model.InvoiceRefunded:
		return "Refunded"
	case v.Invoice.Status == model.InvoiceVoid:
		return "Void"
	}
	return "Draft"
}

// StatusWord is the word the portal shows for an invoice's state.
func (v View) StatusWord() string { return statusWord(v) }

func displayName(c model.Contact) string {
	if n := strings.TrimSpace(c.Name); n != "" {
		return n
	}
	return c.Email
}

// shorten cuts s to n runes, marking the cut.
func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// wrap breaks text into lines of at most n runes at spaces; line breaks stay.
func wrap(text string, n int) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			if line != "" && len([]rune(line))+1+len([]rune(w)) > n {
				out = append(out, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += shorten(w, n)
		}
		out = append(out, line)
	}
	return out
}
