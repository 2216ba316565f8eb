package ui

import "clientportal/shared/money"

// currencyExponent is the decimals of a currency's minor unit (2 when unknown:
// the server refuses an unknown currency with its own message).
func currencyExponent(code string) int {
	if e, ok := money.Exponent(code); ok {
		return e
	}
	return 2
}

// formatMoney shows an amount in minor units the way the portal does ("EUR 1,234.50").
func formatMoney(amount int64, currency string) string { return money.Format(amount, currency) }

// formatDecimal shows an amount in minor units as a plain decimal ("12.50").
func formatDecimal(amount int64, exp int) string { return money.Decimal(amount, exp) }

// errDecimal says how a decimal amount should be written.
var errDecimal = money.ErrDecimal

// parseDecimal reads "12.5" with at most exp decimals as minor units (1250 for exp 2).
func parseDecimal(s string, exp int) (int64, error) { return money.ParseDecimal(s, exp) }
