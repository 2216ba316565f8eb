// Package money is the one table of invoice currencies and the one way an
// amount is written, shared by the portal server and the desktop app:
// amounts are integers of the currency's minor unit ("EUR 1,234.50").
package money

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// exponents is the fixed list of ISO 4217 currencies an invoice may use,
// with the number of decimals of their minor unit.
var exponents = map[string]int{
	"AUD": 2, "BGN": 2, "BHD": 3, "BRL": 2, "CAD": 2, "CHF": 2, "CNY": 2, "CZK": 2, "DKK": 2, "EUR": 2,
	"GBP": 2, "HKD": 2, "HUF": 2, "ILS": 2, "INR": 2, "ISK": 0, "JOD": 3, "JPY": 0, "KRW": 0, "KWD": 3,
	"MXN": 2, "NOK": 2, "NZD": 2, "OMR": 3, "PLN": 2, "RON": 2, "SEK": 2, "SGD": 2, "TND": 3, "TRY": 2,
	"UAH": 2, "USD": 2, "ZAR": 2,
}

// Exponent is the number of decimals of a currency's minor unit; ok is
// false for a currency not on the list.
func Exponent(currency string) (int, bool) {
	e, ok := exponents[currency]
	return e, ok
}

// Codes lists the currencies in alphabetical order.
func Codes() []string {
	out := make([]string, 0, len(exponents))
	for c := range exponents {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

// Format writes minor units as the currency code and a decimal amount with
// thousands separated ("EUR 1,234.50", "JPY 1,200", "EUR -3.00").
func Format(minor int64, currency string) string {
	exp, _ := Exponent(currency)
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	unit := pow10(exp)
	whole := groupThousands(strconv.FormatInt(minor/unit, 10))
	if exp == 0 {
		return currency + " " + sign + whole
	}
	return fmt.Sprintf("%s %s%s.%0*d", currency, sign, whole, exp, minor%unit)
}

// Decimal writes minor units as a plain decimal for a form field ("1234.50").
func Decimal(minor int64, exp int) string {
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	if exp <= 0 {
		return sign + strconv.FormatInt(minor, 10)
	}
	unit := pow10(exp)
	return fmt.Sprintf("%s%d.%0*d", sign, minor/unit, exp, minor%unit)
}

// ErrDecimal says an amount is not a decimal with at most the currency's decimals.
var ErrDecimal = errors.New("not a decimal amount")

// ParseDecimal reads "12.5" with at most exp decimals as minor units (1250
// for exp 2). A leading minus is allowed; thousands separators are not.
func ParseDecimal(s string, exp int) (int64, error) {
	s = strings.TrimSpace(s)
	neg := strings.HasPrefix(s, "-")
	whole, frac, dot := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	if whole == "" || len(whole) > 12 || len(frac) > exp || (dot && frac == "") || !digits(whole) || !digits(frac) {
		return 0, ErrDecimal
	}
	v, _ := strconv.ParseInt(whole+frac+strings.Repeat("0", exp-len(frac)), 10, 64)
	if neg {
		v = -v
	}
	return v, nil
}

func pow10(exp int) int64 {
	unit := int64(1)
	for range exp {
		unit *= 10
	}
	return unit
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func groupThousands(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
