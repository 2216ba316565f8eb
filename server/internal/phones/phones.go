// Package phones reads the phone numbers owners type into E.164, the form
// text message providers take, using the workspace's region for numbers
// written without a country code.
package phones

import (
	"errors"
	"strings"

	"github.com/nyaruka/phonenumbers"
)

// DefaultRegion is the region of a workspace that never chose one.
const DefaultRegion = "US"

// ErrNotANumber is returned for text that is not a phone number a text
// message can reach.
var ErrNotANumber = errors.New("not a mobile or fixed-line phone number")

// Normalize returns raw in E.164 (+14155552671), reading a number without a
// country code as one of region. It refuses what does not parse, what is
// not a valid number, and numbers of other kinds (premium, shared cost,
// pagers…).
func Normalize(raw, region string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > 40 {
		return "", ErrNotANumber
	}
	n, err := phonenumbers.Parse(raw, strings.ToUpper(region))
	if err != nil || !phonenumbers.IsValidNumber(n) {
		return "", ErrNotANumber
	}
	switch phonenumbers.GetNumberType(n) {
	case phonenumbers.MOBILE, phonenumbers.FIXED_LINE, phonenumbers.FIXED_LINE_OR_MOBILE:
		return phonenumbers.Format(n, phonenumbers.E164), nil
	}
	return "", ErrNotANumber
}

// ValidRegion reports whether region is a region code the numbering plan
// knows, like US, GB or DE.
func ValidRegion(region string) bool {
	return len(region) == 2 && phonenumbers.GetCountryCodeForRegion(strings.ToUpper(region)) != 0
}
