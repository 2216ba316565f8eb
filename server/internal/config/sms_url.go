package config

import (
	"fmt"
	"net/url"
	"strings"
)

// parseSMSURL reads PORTAL_SMS_URL: twilio:// talks HTTPS to the host,
// twilio+http:// plain HTTP (tests, local gateways). It needs the account
// SID and auth token, and a sender: from=+1… or messaging_service=MG….
func parseSMSURL(raw string) (*url.URL, error) {
	if raw == "" {
		return nil, nil
	}
	bad := func(why string) error {
		return fmt.Errorf("PORTAL_SMS_URL=%q %s; it looks like twilio://ACCOUNT_SID:AUTH_TOKEN@api.twilio.com?from=%%2B15550001111", redact(raw), why)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, bad("does not parse")
	}
	if u.Scheme != "twilio" && u.Scheme != "twilio+http" {
		return nil, bad("must start with twilio:// or twilio+http://")
	}
	token, _ := u.User.Password()
	if u.Hostname() == "" || u.User.Username() == "" || token == "" {
		return nil, bad("needs the account SID, the auth token and a host")
	}
	q := u.Query()
	from, service := strings.TrimSpace(q.Get("from")), strings.TrimSpace(q.Get("messaging_service"))
	if (from == "") == (service == "") {
		return nil, bad("needs one sender: from=+1… or messaging_service=MG…")
	}
	if from != "" && !strings.HasPrefix(from, "+") {
		return nil, bad("has a from number that is not in E.164 (write + as %2B)")
	}
	return u, nil
}

// DevTexts reports whether texts stay in the development outbox.
func (c Config) DevTexts() bool { return c.SMSURL == nil }
