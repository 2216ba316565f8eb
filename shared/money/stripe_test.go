package money

import (
	"errors"
	"testing"
)

func TestAmountsGoToStripeInItsMinorUnitAndComeBackUnchanged(t *testing.T) {
	cases := []struct {
		minor    int64
		currency string
		stripe   int64
	}{
		{79196, "EUR", 79196},   // cents
		{5000, "JPY", 5000},     // zero-decimal: yen
		{120000, "KRW", 120000}, // zero-decimal: won
		{5, "isk", 500},         // ISK is sent with two zero decimals
		{1230, "KWD", 1230},     // three decimals, last one 0
	}
	for _, c := range cases {
		got, err := ToStripe(c.minor, c.currency)
		if err != nil || got != c.stripe {
			t.Errorf("ToStripe(%d, %s) = %d, %v; want %d", c.minor, c.currency, got, err, c.stripe)
		}
		back, err := FromStripe(got, c.currency)
		if err != nil || back != c.minor {
			t.Errorf("FromStripe(%d, %s) = %d, %v; want %d", got, c.currency, back, err, c.minor)
		}
	}
	if _, err := ToStripe(1234, "KWD"); !errors.Is(err, ErrStripeAmount) {
		t.Errorf("KWD 1.234 went to Stripe (%v); Stripe refuses a last digit other than 0", err)
	}
	if _, err := ToStripe(100, "XYZ"); !errors.Is(err, ErrStripeAmount) {
		t.Errorf("an unknown currency went to Stripe (%v)", err)
	}
}
