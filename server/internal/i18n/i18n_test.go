package i18n_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"clientportal/frontend"
	"clientportal/server/internal/i18n"
	"clientportal/shared/clock"
)

func catalog(t *testing.T) *i18n.Catalog {
	t.Helper()
	c, err := i18n.Load(frontend.Locales())
	if err != nil {
		t.Fatalf("load the catalogues: %v", err)
	}
	return c
}

func TestTheBrowsersLanguageIsMatchedToASupportedOne(t *testing.T) {
	cases := map[string]string{
		"de-DE,de;q=0.9,en;q=0.8": "de",
		"pt-BR":                   "pt-BR",
		"ja-JP":                   "ja",
		"zh-CN,zh;q=0.9":          "zh-Hans",
		"ar-EG":                   "ar",
		"fr-CA;q=0.9, it;q=0.8":   "fr",
		"pt-PT":                   "pt-BR",
	}
	for header, want := range cases {
		if got, ok := i18n.Match(header); !ok || got != want {
			t.Errorf("Match(%q) = %q, %v; want %q", header, got, ok, want)
		}
	}
	for _, header := range []string{"", "nb-NO", ";;;q=x", "xx-unknown, fr"} {
		if got, ok := i18n.Match(header); ok {
			t.Errorf("Match(%q) = %q, want no match", header, got)
		}
	}
}

func TestTheClientsChoiceWinsOverTheBrowserAndTheWorkspace(t *testing.T) {
	if got := i18n.Choose("pl", "de", "fr"); got != "pl" {
		t.Errorf("client pl, browser de: got %q", got)
	}
	if got := i18n.Choose("", "de", "fr"); got != "de" {
		t.Errorf("browser de: got %q", got)
	}
	if got := i18n.Choose("", "garbage;;", "fr"); got != "fr" {
		t.Errorf("a malformed header falls back to the workspace's fr: got %q", got)
	}
	if got := i18n.Choose("", "", ""); got != "en" {
		t.Errorf("nothing known: got %q, want en", got)
	}
}

func TestAnUnknownCodeIsRefusedWithTheSupportedList(t *testing.T) {
	if _, err := i18n.Parse("klingon"); err == nil || !strings.Contains(err.Error(), "pt-BR") || !strings.Contains(err.Error(), "zh-Hans") {
		t.Errorf("Parse(klingon) error = %v, want one listing the supported codes", err)
	}
	if got, err := i18n.Parse("PT-br"); err != nil || got != "pt-BR" {
		t.Errorf("Parse(PT-br) = %q, %v; want pt-BR", got, err)
	}
}

func TestMoneyAndDatesFollowTheLanguagesConventions(t *testing.T) {
	c := catalog(t)
	at := time.Date(clock.NewOffset().Now().Year(), time.December, 1, 15, 4, 0, 0, time.UTC)
	year := at.Format("2006")
	cases := []struct{ code, money, date, tm string }{
		{"en", "€1,234.50", "December 1, " + year, "3:04 PM"},
		{"de", "1.234,50 €", "1. Dezember " + year, "15:04"},
		{"fr", "1 234,50 €", "1 décembre " + year, "15:04"},
		{"ja", "€1,234.50", year + "年12月1日", "15:04"},
		{"pl", "1234,50 €", "1 grudnia " + year, "15:04"},
	}
	for _, tc := range cases {
		z := c.For(tc.code)
		if got := strings.ReplaceAll(strings.ReplaceAll(z.Money(123450, "EUR"), "\u202f", " "), "\u00a0", " "); got != tc.money {
			t.Errorf("%s: Money = %q, want %q", tc.code, got, tc.money)
		}
		if got := z.Date(at); got != tc.date {
			t.Errorf("%s: Date = %q, want %q", tc.code, got, tc.date)
		}
		if got := z.Time(at); got != tc.tm {
			t.Errorf("%s: Time = %q, want %q", tc.code, got, tc.tm)
		}
	}
	if got, date := c.For("ar").Money(123450, "EUR"), c.For("ar").Date(at); !strings.Contains(got, "1,234.50") || date != "1 ديسمبر "+year {
		t.Errorf("ar: money %q and date %q, want Western digits in both (1,234.50; 1 ديسمبر %s)", got, date, year)
	}
	if got := c.For("ja").Money(1500, "JPY"); !strings.Contains(got, "1,500") {
		t.Errorf("ja: 1500 yen (no minor unit) = %q", got)
	}
}

func TestPluralFormsFollowCLDRForPolishAndArabic(t *testing.T) {
	c, err := i18n.Load(fstest.MapFS{
		"groups.en.json": {Data: []byte(`{"posts": {"one": "{{.Count}} new post", "other": "{{.Count}} new posts"}}`)},
		"groups.pl.json": {Data: []byte(`{"posts": {"one": "{{.Count}} nowy post", "few": "{{.Count}} nowe posty", "many": "{{.Count}} nowych postów", "other": "{{.Count}} nowego posta"}}`)},
		"groups.ar.json": {Data: []byte(`{"posts": {"zero": "لا منشورات", "one": "منشور واحد", "two": "منشوران", "few": "{{.Count}} منشورات", "many": "{{.Count}} منشورًا", "other": "{{.Count}} منشور"}}`)},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]map[int]string{
		"en": {1: "1 new post", 2: "2 new posts"},
		"pl": {1: "1 nowy post", 3: "3 nowe posty", 5: "5 nowych postów", 22: "22 nowe posty", 25: "25 nowych postów"},
		"ar": {0: "لا منشورات", 1: "منشور واحد", 2: "منشوران", 3: "3 منشورات", 11: "11 منشورًا", 100: "100 منشور"},
	}
	for code, forms := range want {
		for n, text := range forms {
			if got := c.For(code).N("posts", n); got != text {
				t.Errorf("%s, %d: %q, want %q", code, n, got, text)
			}
		}
	}
}
