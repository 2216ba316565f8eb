package phones

import "testing"

func TestNumbersAreReadIntoE164OrRefused(t *testing.T) {
	cases := []struct {
		raw, region, want string
	}{
		{"(415) 555-2671", "US", "+14155552671"},
		{"415.555.2671", "us", "+14155552671"},
		{"+1 415 555 2671", "GB", "+14155552671"},
		{"07911 123456", "GB", "+447911123456"},
		{"+44 20 7946 0018", "US", "+442079460018"},
		{"030 123456", "DE", "+4930123456"},
		{"12", "US", ""},
		{"+1 415 555 267", "US", ""},
		{"not a number", "US", ""},
		{"+999 1234 5678", "US", ""},
		{"1-900-555-0199", "US", ""}, // premium rate: no texts
	}
	for _, c := range cases {
		got, err := Normalize(c.raw, c.region)
		if c.want == "" {
			if err == nil {
				t.Errorf("Normalize(%q, %s) = %q, want a refusal", c.raw, c.region, got)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("Normalize(%q, %s) = %q, %v; want %q", c.raw, c.region, got, err, c.want)
		}
	}
}

func TestOnlyKnownRegionsAreRegions(t *testing.T) {
	for r, want := range map[string]bool{"US": true, "gb": true, "DE": true, "XX": false, "USA": false, "": false} {
		if ValidRegion(r) != want {
			t.Errorf("ValidRegion(%q) = %v, want %v", r, !want, want)
		}
	}
}
