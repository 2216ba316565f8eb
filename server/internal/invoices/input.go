package invoices

// LineInput is one line item of a draft: the quantity as a decimal string
// ("1.5", up to 3 decimals) or in thousandths of a unit.
type LineInput struct {
	Description   string
	Quantity      string
	QuantityMilli *int64
	UnitPrice     int64 // minor units of the currency
	TaxRateBP     int   // basis points: 2000 is 20 %
}

// DraftInput creates or replaces a draft invoice. Dates are YYYY-MM-DD; an
// empty issue date becomes the day it is issued.
type DraftInput struct {
	ContactID  string
	Currency   string
	IssueDate  string
	DueDate    string
	Lines      []LineInput
	Notes      string
	PaymentURL string
}

// Payment records how an invoice was paid.
type Payment struct {
	Amount      int64  // minor units
	PaidOn      string // YYYY-MM-DD
	Method      string
	Overpayment bool // more than is due, on purpose (Note says why)
	Note        string
}
