package invoices

import "testing"

func TestLineAmountsRoundHalfAwayFromZeroOncePerLine(t *testing.T) {
	cases := []struct {
		name           string
		qty, price     int64
		bp             int
		wantNet, wantT int64
	}{
		{"whole units, no tax", 2000, 1250, 0, 2500, 0},
		{"half a cent rounds up", 1500, 333, 0, 500, 0},       // 499.5 → 500
		{"just under half rounds down", 1001, 499, 0, 499, 0}, // 499.499 → 499
		{"tax half a cent rounds up", 1000, 5, 1000, 5, 1},    // 0.5 → 1
		{"tax below half rounds down", 1000, 4, 1000, 4, 0},   // 0.4 → 0
		{"discount half rounds away from zero", 1500, -333, 0, -500, 0},
		{"negative tax half rounds away from zero", 1000, -5, 1000, -5, -1},
		{"20 % VAT on 19.99", 3000, 1999, 2000, 5997, 1199},  // 1199.4 → 1199
		{"7.25 % on 0.125 units", 125, 10000, 725, 1250, 91}, // 90.625 → 91
		{"largest line stays exact", MaxQuantityMilli, MaxUnitPrice, MaxTaxRateBP, 1_000_000_000_000_000, 1_000_000_000_000_000},
		{"zero quantity", 0, 999, 2000, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			net, tax := LineAmounts(c.qty, c.price, c.bp)
			if net != c.wantNet || tax != c.wantT {
				t.Errorf("LineAmounts(%d, %d, %d) = %d, %d; want %d, %d", c.qty, c.price, c.bp, net, tax, c.wantNet, c.wantT)
			}
		})
	}
}

func TestQuantitiesParseAsThousandthsAndRefuseNegativesAndExtraDecimals(t *testing.T) {
	good := map[string]int64{"2": 2000, "1.5": 1500, "0.125": 125, "0": 0, " 10.01 ": 10010, "1000000": 1_000_000_000}
	for in, want := range good {
		if got, err := ParseQuantity(in); err != nil || got != want {
			t.Errorf("ParseQuantity(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"-1", "1.2345", "", "1.", ".5", "1e3", "abc", "10000000", "1,5"} {
		if got, err := ParseQuantity(bad); err == nil {
			t.Errorf("ParseQuantity(%q) = %d, want a refusal", bad, got)
		}
	}
}

func TestMoneyIsShownWithTheCurrencysOwnNumberOfDecimals(t *testing.T) {
	cases := []struct {
		minor    int64
		currency string
		want     string
	}{
		{123450, "EUR", "EUR 1,234.50"},
		{5, "USD", "USD 0.05"},
		{1234567, "JPY", "JPY 1,234,567"},
		{1234, "KWD", "KWD 1.234"},
		{-250, "GBP", "GBP -2.50"},
	}
	for _, c := range cases {
		if got := FormatMoney(c.minor, c.currency); got != c.want {
			t.Errorf("FormatMoney(%d, %s) = %q, want %q", c.minor, c.currency, got, c.want)
		}
	}
	if FormatQuantity(1500) != "1.5" || FormatQuantity(2000) != "2" || FormatQuantity(125) != "0.125" {
		t.Errorf("quantities: %s %s %s", FormatQuantity(1500), FormatQuantity(2000), FormatQuantity(125))
	}
	if FormatRate(2000) != "20%" || FormatRate(725) != "7.25%" {
		t.Errorf("rates: %s %s", FormatRate(2000), FormatRate(725))
	}
}
