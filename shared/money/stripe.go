package money

import (
	"errors"
	"fmt"
	"strings"
)

// Stripe's amounts are integers in its own idea of each currency's minor
// unit, which differs from ISO 4217 in a few cases:
//   - zero-decimal currencies (JPY, KRW, …) are sent in whole units, as here;
//   - ISK, zero-decimal in ISO 4217, is sent as if it had two decimals
//     (ISK 5 is 500);
//   - three-decimal currencies (BHD, JOD, KWD, OMR, TND) are sent in
//     thousandths whose last digit must be 0.
var stripeTwoDecimalISO0 = map[string]bool{"ISK": true}

// ErrStripeAmount says an amount cannot be charged through Stripe exactly.
var ErrStripeAmount = errors.New("amount cannot be charged through Stripe exactly")

// ToStripe converts minor units of currency into Stripe's amount.
func ToStripe(minor int64, currency string) (int64, error) {
	cur := strings.ToUpper(currency)
	exp, ok := Exponent(cur)
	switch {
	case !ok:
		return 0, fmt.Errorf("currency %q: %w", currency, ErrStripeAmount)
	case exp == 0 && stripeTwoDecimalISO0[cur]:
		return minor * 100, nil
	case exp == 3 && minor%10 != 0:
		return 0, fmt.Errorf("%s in %s: Stripe takes three-decimal amounts rounded to the tenth: %w", Format(minor, cur), cur, ErrStripeAmount)
	}
	return minor, nil
}

// FromStripe converts Stripe's amount in currency back into minor units.
func FromStripe(amount int64, currency string) (int64, error) {
	cur := strings.ToUpper(currency)
	exp, ok := Exponent(cur)
	switch {
	case !ok:
		return 0, fmt.Errorf("currency %q: %w", currency, ErrStripeAmount)
	case exp == 0 && stripeTwoDecimalISO0[cur]:
		if amount%100 != 0 {
			return 0, fmt.Errorf("%d in %s has decimals ISK does not: %w", amount, cur, ErrStripeAmount)
		}
		return amount / 100, nil
	}
	return amount, nil
}
