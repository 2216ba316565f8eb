package sms

import (
	"strings"
	"testing"
)

func TestSegmentsFollowTheGSM7AndUCS2LengthRules(t *testing.T) {
	cases := []struct {
		name, body string
		want       Count
	}{
		{"empty", "", Count{"GSM-7", 0, 0, 160}},
		{"160 GSM-7 characters fit one", strings.Repeat("a", 160), Count{"GSM-7", 160, 1, 160}},
		{"161 take two of 153", strings.Repeat("a", 161), Count{"GSM-7", 161, 2, 160}},
		{"an extension character counts twice", strings.Repeat("a", 159) + "€", Count{"GSM-7", 161, 2, 160}},
		{"accents of the GSM alphabet stay GSM-7", "Café Zürich à", Count{"GSM-7", 13, 1, 160}},
		{"one emoji makes it UCS-2", "Hi 👋", Count{"UCS-2", 5, 1, 70}},
		{"71 UCS-2 units take two of 67", strings.Repeat("ł", 71), Count{"UCS-2", 71, 2, 70}},
	}
	for _, c := range cases {
		if got := CountOf(c.body); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}
