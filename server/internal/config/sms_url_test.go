package config

import (
	"strings"
	"testing"
)

func TestTheTextProviderURLNeedsCredentialsAndOneSender(t *testing.T) {
	good := []string{
		"",
		"twilio://AC123:secret@api.twilio.com?from=%2B15550001111",
		"twilio://AC123:secret@api.twilio.com?messaging_service=MG123",
		"twilio+http://AC123:secret@127.0.0.1:9999?from=%2B15550001111",
	}
	for _, raw := range good {
		if _, err := parseSMSURL(raw); err != nil {
			t.Errorf("%q refused: %v", raw, err)
		}
	}
	bad := map[string]string{
		"https://AC123:secret@api.twilio.com?from=%2B15550001111":                 "twilio://",
		"twilio://AC123@api.twilio.com?from=%2B15550001111":                       "auth token",
		"twilio://AC123:secret@api.twilio.com":                                    "one sender",
		"twilio://AC123:secret@api.twilio.com?from=%2B1555&messaging_service=MG1": "one sender",
		"twilio://AC123:secret@api.twilio.com?from=15550001111":                   "E.164",
	}
	for raw, want := range bad {
		_, err := parseSMSURL(raw)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "PORTAL_SMS_URL") {
			t.Errorf("%q: %v, want an error naming PORTAL_SMS_URL and %q", raw, err, want)
		}
		if err != nil && strings.Contains(err.Error(), "secret") {
			t.Errorf("%q: the error shows the auth token: %v", raw, err)
		}
	}
}
