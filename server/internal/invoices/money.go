package invoices

import (
	"fmt"
	"strconv"
	"strings"

	"clientportal/shared/money"
)

// Exponent is the number of decimals of a currency's minor unit; ok is
// false for a currency not on the list.
func Exponent(currency string) (int, bool) { return money.Exponent(currency) }

// Limits that keep every product of the arithmetic inside int64.
const (
	MaxQuantityMilli = 1_000_000_000 // one million units
	MaxUnitPrice     = 1_000_000_000 // minor units, either sign
	MaxTaxRateBP     = 10_000        // 100 %
	MaxLines         = 200
)

// ParseQuantity reads a non-negative decimal quantity with up to three
// decimals ("2", "1.5", "0.125") as thousandths of a unit.
func ParseQuantity(s string) (int64, error) {
	s = strings.TrimSpace(s)
	whole, frac, hasDot := strings.Cut(s, ".")
	if s == "" || strings.HasPrefix(s, "-") {
		return 0, fmt.Errorf("must be a number of zero or more")
	}
	if len(frac) > 3 || (hasDot && frac == "") || whole == "" || !digits(whole) || !digits(frac) {
		return 0, fmt.Errorf("must be a number with at most 3 decimals, like 2 or 1.5")
	}
	if len(whole) > 7 {
		return 0, fmt.Errorf("must be at most 1000000")
	}
	w, _ := strconv.ParseInt(whole, 10, 64)
	f, _ := strconv.ParseInt((frac + "000")[:3], 10, 64)
	return w*1000 + f, nil
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// FormatQuantity writes thousandths of a unit as a short decimal ("1.5").
func FormatQuantity(milli int64) string {
	s := fmt.Sprintf("%d.%03d", milli/1000, milli%1000)
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
}

// divRound divides n by d (d > 0), rounding half away from zero.
func divRound(n, d int64) int64 {
	q, r := n/d, n%d
	if r < 0 {
		r = -r
	}
	if 2*r >= d {
		if n < 0 {
			return q - 1
		}
		return q + 1
	}
	return q
}

// LineAmounts computes one line in minor units. The rounding rule, applied
// once per line: net = quantity × unit price, rounded half away from zero
// to the minor unit; tax = net × rate, rounded the same way. The invoice's
// subtotal and tax are the sums of its lines' rounded amounts.
func LineAmounts(quantityMilli, unitPrice int64, taxRateBP int) (net, tax int64) {
	net = divRound(quantityMilli*unitPrice, 1000)
	// Split net so that net × rate cannot overflow: q×rate is exact and only
	// the remainder's share is rounded (q and r share net's sign).
	q, r := net/10_000, net%10_000
	tax = q*int64(taxRateBP) + divRound(r*int64(taxRateBP), 10_000)
	return net, tax
}

// FormatMoney writes minor units as a decimal amount with its currency code
// ("EUR 1,234.50"), as the desktop app does.
func FormatMoney(minor int64, currency string) string { return money.Format(minor, currency) }

// FormatRate writes basis points as a percentage ("20%", "7.5%").
func FormatRate(bp int) string {
	s := fmt.Sprintf("%d.%02d", bp/100, bp%100)
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".") + "%"
}
