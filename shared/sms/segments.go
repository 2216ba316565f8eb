// Package sms counts how a text message is split into segments: GSM-7 when
// every character is in the GSM 03.38 alphabet, else UCS-2. The server uses
// it to keep texts to one segment; the desktop shows the count as you type.
package sms

import "strings"

// gsmBasic is the GSM 03.38 default alphabet; each character takes one septet.
const gsmBasic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
	"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"

// gsmExtension are the characters reached through the escape: two septets each.
const gsmExtension = "^{}\\[~]|€\f"

// The lengths of one segment and of each part of a longer message.
const (
	GSMSingle  = 160
	GSMPart    = 153
	UCS2Single = 70
	UCS2Part   = 67
)

// Count says how a body is encoded and sent.
type Count struct {
	Encoding string // "GSM-7" or "UCS-2"
	Units    int    // septets (GSM-7) or UTF-16 code units (UCS-2)
	Segments int    // messages the body is split into; 0 for an empty body
	Limit    int    // units one segment holds in this encoding
}

// CountOf counts the segments of body.
func CountOf(body string) Count {
	gsm, units := true, 0
	for _, r := range body {
		switch {
		case strings.ContainsRune(gsmBasic, r):
			units++
		case strings.ContainsRune(gsmExtension, r):
			units += 2
		default:
			gsm = false
		}
	}
	if gsm {
		return Count{Encoding: "GSM-7", Units: units, Segments: segments(units, GSMSingle, GSMPart), Limit: GSMSingle}
	}
	units = 0
	for _, r := range body {
		units++
		if r > 0xFFFF {
			units++ // a surrogate pair
		}
	}
	return Count{Encoding: "UCS-2", Units: units, Segments: segments(units, UCS2Single, UCS2Part), Limit: UCS2Single}
}

func segments(units, single, part int) int {
	switch {
	case units == 0:
		return 0
	case units <= single:
		return 1
	}
	return (units + part - 1) / part
}
