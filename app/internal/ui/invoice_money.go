package ui

import (
	"errors"
	"strconv"
	"strings"
)

// invoiceCurrencies are the ISO 4217 currencies the server accepts, with
// the number of decimals of their minor unit.
var invoiceCurrencies = map[string]int{
	"AUD": 2, "BGN": 2, "BHD": 3, "BRL": 2, "CAD": 2, "CHF": 2, "CNY": 2, "CZK": 2, "DKK": 2, "EUR": 2,
	"GBP": 2, "HKD": 2, "HUF": 2, "ILS": 2, "INR": 2, "ISK": 0, "JOD": 3, "JPY": 0, "KRW": 0, "KWD": 3,
	"MXN": 2, "NOK": 2, "NZD": 2, "OMR": 3, "PLN": 2, "RON": 2, "SEK": 2, "SGD": 2, "TND": 3, "TRY": 2,
	"UAH": 2, "USD": 2, "ZAR": 2,
}

// currencyExponent is the decimals of a currency's minor unit (2 when unknown:
// the server refuses an unknown currency with its own message).
func currencyExponent(code string) int {
	if e, ok := invoiceCurrencies[code]; ok {
		return e
	}
	return 2
}

// formatMoney shows an amount in minor units as a decimal with its currency.
func formatMoney(amount int64, exp int, currency string) string {
	return formatDecimal(amount, exp) + " " + currency
}

// formatDecimal shows an amount in minor units as a plain decimal ("12.50").
func formatDecimal(amount int64, exp int) string {
	sign := ""
	if amount < 0 {
		sign, amount = "-", -amount
	}
	s := strconv.FormatInt(amount, 10)
	if exp <= 0 {
		return sign + s
	}
	if len(s) <= exp {
		s = strings.Repeat("0", exp-len(s)+1) + s
	}
	return sign + s[:len(s)-exp] + "." + s[len(s)-exp:]
}

// errDecimal says how a decimal amount should be written.
var errDecimal = errors.New("bad decimal")

// parseDecimal reads "12.5" with at most exp decimals as minor units (1250 for exp 2).
func parseDecimal(s string, exp int) (int64, error) {
	s = strings.TrimSpace(s)
	neg := strings.HasPrefix(s, "-")
	whole, frac, dot := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	if whole == "" || len(whole) > 12 || len(frac) > exp || (dot && frac == "") || !allDigits(whole) || !allDigits(frac) {
		return 0, errDecimal
	}
	v, _ := strconv.ParseInt(whole+frac+strings.Repeat("0", exp-len(frac)), 10, 64)
	if neg {
		v = -v
	}
	return v, nil
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
