package ui

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestTheDocumentsPageShowsTheSigningCertificatesFingerprintToPublish(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	if res, _ := post(t, h, "/connect", url.Values{"server": {portal.URL}, "token": {portal.Token}}); res.Header.Get("HX-Redirect") != "/dashboard/" {
		t.Fatalf("connect: %d", res.StatusCode)
	}
	owner := api.NewClient(portal.URL, portal.Token, &http.Client{Timeout: 10 * time.Second})
	key, err := owner.SigningKey(testenv.Context(t))
	if err != nil || len(key.FingerprintSHA256) != 95 {
		t.Fatalf("the owner API's signing key: %+v, %v", key, err)
	}
	if _, page := get(t, h, "/documents/"); !strings.Contains(page, `hx-get="/documents/signing-key"`) {
		t.Fatalf("the documents page does not load the signing certificate:\n%s", page)
	}
	code, card := get(t, h, "/documents/signing-key")
	for _, want := range []string{"Signing certificate", key.Subject, key.FingerprintSHA256, key.NotAfter.Format("2 January 2006")} {
		if code != http.StatusOK || !strings.Contains(card, want) {
			t.Errorf("the signing certificate card lacks %q (%d):\n%s", want, code, card)
		}
	}
}
