package dnsproof_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"clientportal/server/internal/dnsproof"
	"clientportal/testkit/dnstest"
)

func TestAnAnswerTooLongForUDPIsAskedAgainOverTCP(t *testing.T) {
	d := dnstest.Start(t)
	var values []string
	for i := range 40 {
		values = append(values, fmt.Sprintf("unrelated-record-%02d-%s", i, strings.Repeat("x", 40)))
	}
	values = append(values, "the-token")
	d.SetTXT("_clientportal-challenge.portal.acme.test", values...)
	a, err := dnsproof.Resolver{Server: d.Addr(), Timeout: 5 * time.Second}.TXT(context.Background(), "_clientportal-challenge.portal.acme.test")
	if err != nil || !a.Has("the-token") || len(a.Values) != 41 {
		t.Fatalf("answer %d values, has token %v (%v)", len(a.Values), a.Has("the-token"), err)
	}
	if d.Queries("tcp") != 1 {
		t.Fatalf("the cut-short answer was asked again over TCP %d times, want once", d.Queries("tcp"))
	}
}

func TestALongValueSplitIntoStringsIsReadAsOne(t *testing.T) {
	d := dnstest.Start(t)
	long := strings.Repeat("abcdefghij", 40) // 400 bytes: two strings in one record
	d.SetTXT("x.acme.test", long)
	a, err := dnsproof.Resolver{Server: d.Addr()}.TXT(context.Background(), "x.acme.test")
	if err != nil || !a.Has(long) || !a.Definite() {
		t.Fatalf("answer %+v (%v); want the 400-byte value whole", a, err)
	}
}

func TestWithoutAResolverSettingOrResolvConfTheErrorNamesTheSetting(t *testing.T) {
	_, err := dnsproof.Resolver{ResolvConf: filepath.Join(t.TempDir(), "resolv.conf")}.TXT(context.Background(), "x.acme.test")
	if err == nil || !strings.Contains(err.Error(), "PORTAL_DNS_RESOLVER") {
		t.Fatalf("no resolver at all: %v; want an error naming PORTAL_DNS_RESOLVER", err)
	}
}
