package texts

import (
	"net/url"
	"testing"
)

// The example request of Twilio's security documentation.
func TestTheSignatureOfTwiliosDocumentedExampleMatches(t *testing.T) {
	form := url.Values{"CallSid": {"CA1234567890ABCDE"}, "Caller": {"+14158675309"}, "Digits": {"1234"},
		"From": {"+14158675309"}, "To": {"+18005551212"}}
	u := "https://mycompany.com/myapp.php?foo=1&bar=2"
	if got := Signature("12345", u, form); got != "RSOYDt4T1cUTdK1PDd93/VVr8B8=" {
		t.Fatalf("signature %q", got)
	}
	if !ValidSignature("12345", u, form, "RSOYDt4T1cUTdK1PDd93/VVr8B8=") {
		t.Fatal("the documented signature is refused")
	}
	form.Set("Digits", "1235")
	if ValidSignature("12345", u, form, "RSOYDt4T1cUTdK1PDd93/VVr8B8=") {
		t.Fatal("a changed parameter still validates")
	}
	if ValidSignature("", u, form, Signature("", u, form)) {
		t.Fatal("an empty auth token validates")
	}
}
