package money_test

import (
	"testing"

	"clientportal/shared/money"
)

func TestFormatWritesTheCodeGroupedThousandsAndTheCurrencysDecimals(t *testing.T) {
	for _, tc := range []struct {
		minor    int64
		currency string
		want     string
	}{
		{123450, "EUR", "EUR 1,234.50"},
		{5, "EUR", "EUR 0.05"},
		{-300, "EUR", "EUR -3.00"},
		{1200, "JPY", "JPY 1,200"},
		{1234567, "KWD", "KWD 1,234.567"},
		{100000000, "USD", "USD 1,000,000.00"},
	} {
		if got := money.Format(tc.minor, tc.currency); got != tc.want {
			t.Errorf("Format(%d, %s) = %q, want %q", tc.minor, tc.currency, got, tc.want)
		}
	}
}

func TestDecimalAndParseDecimalRoundTripEveryExponent(t *testing.T) {
	for _, tc := range []struct {
		minor int64
		exp   int
		text  string
	}{{1250, 2, "12.50"}, {7, 2, "0.07"}, {-1250, 2, "-12.50"}, {1200, 0, "1200"}, {1005, 3, "1.005"}} {
		if got := money.Decimal(tc.minor, tc.exp); got != tc.text {
			t.Errorf("Decimal(%d, %d) = %q, want %q", tc.minor, tc.exp, got, tc.text)
		}
		if got, err := money.ParseDecimal(tc.text, tc.exp); err != nil || got != tc.minor {
			t.Errorf("ParseDecimal(%q, %d) = %d, %v; want %d", tc.text, tc.exp, got, err, tc.minor)
		}
	}
}

func TestParseDecimalRefusesWhatIsNotAnAmountOfTheCurrency(t *testing.T) {
	for _, s := range []string{"", "12.505", "1,000", "12.", ".5", "abc", "1e3", "--1"} {
		if _, err := money.ParseDecimal(s, 2); err == nil {
			t.Errorf("ParseDecimal(%q, 2) was accepted", s)
		}
	}
	if _, err := money.ParseDecimal("12.5", 0); err == nil {
		t.Error("a decimal amount of a currency without decimals was accepted")
	}
}

func TestCodesAreSortedAndEachHasAnExponent(t *testing.T) {
	codes := money.Codes()
	if len(codes) == 0 {
		t.Fatal("no currencies")
	}
	for i, c := range codes {
		if i > 0 && codes[i-1] >= c {
			t.Fatalf("codes not in order at %s", c)
		}
		if _, ok := money.Exponent(c); !ok {
			t.Errorf("%s has no exponent", c)
		}
	}
	if _, ok := money.Exponent("XXX"); ok {
		t.Error("an unknown currency has an exponent")
	}
}
