package web_test

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"clientportal/shared/api"
	"clientportal/testkit/browsertest"
)

// portalWords are what a client reads on the dashboard and the one-click
// page in one language.
type portalWords struct {
	lang, acceptLanguage                      string
	welcome, quick, invoicesNav, nothingToPay string
	continueAs, deadLink                      string
	date                                      func(time.Time) string
}

var (
	deMonthNames = []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
	arMonthNames = []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}
)

var portalLanguages = []portalWords{
	{lang: "de", acceptLanguage: "de-DE,de;q=0.9,en;q=0.5", welcome: "Willkommen, Ada", quick: "Schnellzugriff", invoicesNav: "Rechnungen",
		nothingToPay: "Nichts zu bezahlen", continueAs: "Weiter als Ada", deadLink: "Dieser Link wurde bereits verwendet oder ist abgelaufen",
		date: func(t time.Time) string {
			return fmt.Sprintf("%d. %s %d", t.Day(), deMonthNames[t.Month()-1], t.Year())
		}},
	{lang: "ja", acceptLanguage: "ja-JP,ja;q=0.9", welcome: "ようこそ、Ada さん", quick: "クイックアクション", invoicesNav: "請求書",
		nothingToPay: "お支払いはありません", continueAs: "Ada として続ける", deadLink: "このリンクは使用済みか、有効期限が切れています",
		date: func(t time.Time) string { return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day()) }},
	{lang: "ar", acceptLanguage: "ar-EG,ar;q=0.9", welcome: "مرحبًا، Ada", quick: "إجراءات سريعة", invoicesNav: "الفواتير",
		nothingToPay: "لا شيء للدفع", continueAs: "المتابعة باسم Ada", deadLink: "هذا الرابط استُخدم من قبل أو انتهت صلاحيته",
		// Western digits, as current CLDR data writes "ar".
		date: func(t time.Time) string { return fmt.Sprintf("%d %s %d", t.Day(), arMonthNames[t.Month()-1], t.Year()) }},
}

// speak makes the browser send acceptLanguage with every request, as a
// browser set to that language does.
func speak(t *testing.T, b *browsertest.Browser, acceptLanguage string) {
	t.Helper()
	if _, err := chromedp.Call(b.Context(), network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	h := network.SetExtraHTTPHeadersParams{Headers: network.Headers{"Accept-Language": acceptLanguage}}
	if _, err := chromedp.Call(b.Context(), network.SetExtraHTTPHeaders, h); err != nil {
		t.Fatal(err)
	}
}

// chooseLanguage sets a contact's language the way the owner does.
func (lp *livePortal) chooseLanguage(contactID, lang string) {
	lp.t.Helper()
	var c api.Contact
	lp.ownerAPI(http.MethodPatch, "/api/v1/contacts/"+contactID, map[string]string{"language": lang}, &c)
	if c.Language != lang {
		lp.t.Fatalf("the contact's language is %q after the PATCH, want %q", c.Language, lang)
	}
}

func TestTheDashboardSpeaksTheClientsLanguageWithItsDate(t *testing.T) {
	for _, w := range portalLanguages {
		t.Run(w.lang, func(t *testing.T) {
			lp := newLivePortal(t, "sqlite")
			ada := lp.newContact("Ada Lovelace", "ada@example.test")
			lp.chooseLanguage(ada, w.lang)
			b := browsertest.New(t, phone)
			lp.signInBrowser(b, ada)
			today := w.date(lp.sys.Clock.Now().UTC())
			checks := map[string]string{"#greeting": w.welcome, "#quick-title": w.quick, "#quick-tiles": w.nothingToPay, "time.today": today}
			for css, want := range checks {
				if got := b.Text(css); !strings.Contains(got, want) {
					t.Errorf("%s reads %q, want %q", css, got, want)
				}
			}
			nav := browsertest.Value(b, chromedp.Evaluate[string](`document.querySelector(".apps").textContent`))
			if !strings.Contains(nav, w.invoicesNav) || strings.Contains(nav, "Invoices") {
				t.Errorf("the apps read %q, want %q and no English", nav, w.invoicesNav)
			}
			if lang := browsertest.Value(b, chromedp.Evaluate[string](`document.documentElement.lang`)); lang != w.lang {
				t.Errorf("the page's lang is %q, want %q", lang, w.lang)
			}
		})
	}
}

func TestTheArabicDashboardIsRightToLeftMirroredAndHasNoSeriousAccessibilityIssue(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	lp.chooseLanguage(ada, "ar")
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	got := browsertest.Value(b, chromedp.Evaluate[[]string](`[document.documentElement.dir, getComputedStyle(document.querySelector("#greeting")).direction]`))
	if got[0] != "rtl" || got[1] != "rtl" {
		t.Errorf("the dashboard's dir and its greeting's direction are %v, want rtl", got)
	}
	// Mirrored: the brand sits at the right of the top bar, the menus at its left.
	brandRight := browsertest.Value(b, chromedp.Evaluate[bool](`document.querySelector(".brand").getBoundingClientRect().left >
		document.querySelector(".topbar-actions").getBoundingClientRect().left`))
	if !brandRight {
		t.Errorf("in Arabic the brand is not at the right of the top bar")
	}
	flipped := browsertest.Value(b, chromedp.Evaluate[string](`getComputedStyle(document.querySelector(".block-more .icon-chevron")).transform`))
	if !strings.HasPrefix(flipped, "matrix(-1") {
		t.Errorf("the 'all documents' chevron is not mirrored: transform %q", flipped)
	}
	noHorizontalScroll(t, b, "the Arabic dashboard")
	for _, v := range b.Axe() {
		t.Errorf("accessibility: %s", v)
	}
	wide := browsertest.New(t) // 1280 px: the side navigation shows
	lp.signInBrowser(wide, ada)
	// Nothing shown sticks out of either side, menus open or closed.
	outside := `[...document.querySelectorAll("body *")].filter(e => { const r = e.getBoundingClientRect();
		return !e.closest("details:not([open]) > :not(summary)") && r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1); })
		.map(e => e.tagName + "." + e.getAttribute("class"))`
	for _, page := range []*browsertest.Browser{b, wide} {
		for _, menu := range []string{"", ".switcher > summary", ".account > summary"} {
			if menu != "" {
				page.Run(chromedp.Click(chromedp.CSS(menu)))
			}
			if out := browsertest.Value(page, chromedp.Evaluate[[]string](outside)); len(out) > 0 {
				t.Errorf("in Arabic, with %q open, these stick out of the page's sides: %v", menu, out)
			}
			if menu != "" {
				page.Run(chromedp.Click(chromedp.CSS(menu)))
			}
		}
	}
	b.Run(chromedp.Focus(chromedp.CSS(`a.skip`)))
	if top := browsertest.Value(b, chromedp.Evaluate[float64](`document.querySelector("a.skip").getBoundingClientRect().top`)); top < 0 {
		t.Errorf("the focused skip link is %v px above the page", top)
	}
}

func TestTheOneClickPageSpeaksTheBrowsersLanguageBeforeAnyoneIsKnown(t *testing.T) {
	for _, w := range portalLanguages {
		t.Run(w.lang, func(t *testing.T) {
			lp := newLivePortal(t, "sqlite")
			ada := lp.newContact("Ada Lovelace", "ada@example.test") // no language chosen: the browser's counts
			b := browsertest.New(t, phone)
			speak(t, b, w.acceptLanguage)
			b.Run(chromedp.Navigate(lp.magicLink(ada)))
			b.Run(chromedp.WaitVisible(chromedp.CSS(`main form button[type=submit]`)))
			if got := b.Text("main h1"); got != w.continueAs {
				t.Errorf("the one-click page's heading reads %q, want %q", got, w.continueAs)
			}
			if got := b.Text("main form button[type=submit]"); got != w.continueAs {
				t.Errorf("its button reads %q, want %q", got, w.continueAs)
			}
			attrs := browsertest.Value(b, chromedp.Evaluate[[]string](`[document.documentElement.lang, document.documentElement.dir]`))
			if want := map[bool]string{true: "rtl", false: "ltr"}[w.lang == "ar"]; attrs[0] != w.lang || attrs[1] != want {
				t.Errorf("the page's lang and dir are %v, want %s and %s", attrs, w.lang, want)
			}
			b.Run(chromedp.Navigate(lp.origin() + "/login/magic/no-such-link"))
			if got := b.Text("main h1"); got != w.deadLink {
				t.Errorf("an unknown link's page reads %q, want %q", got, w.deadLink)
			}
		})
	}
}

func TestTheProfileLanguagePickerSavesTheChoiceAndThePageAnswersInIt(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, phone)
	speak(t, b, "en-GB,en;q=0.9")
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/profile"))
	names := browsertest.Value(b, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#language option")].map(o => o.textContent.trim())`))
	if len(names) != 13 || names[0] != "Use my browser's language" || names[10] != "日本語" || names[12] != "العربية" {
		t.Fatalf("the language picker offers %q; want the browser's language and the 12 languages by their own names", names)
	}
	b.Run(chromedp.SetValue(chromedp.CSS(`#language`), "ja"), chromedp.Click(chromedp.CSS(`.language-form button[type=submit]`)))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`.alert-ok`)))
	if got := b.Text(".alert-ok"); got != "言語を保存しました。" {
		t.Errorf("after saving Japanese the notice reads %q", got)
	}
	if got := b.Text("#language-title"); got != "言語" {
		t.Errorf("the profile's language heading reads %q, want it in Japanese", got)
	}
	var c api.Contact
	lp.ownerAPI(http.MethodGet, "/api/v1/contacts/"+ada, nil, &c)
	if c.Language != "ja" {
		t.Errorf("the contact's language is %q after the picker, want ja", c.Language)
	}
	b.Run(chromedp.Navigate(lp.origin() + "/dashboard"))
	if got := b.Text("#quick-title"); got != "クイックアクション" {
		t.Errorf("the next page reads %q, want Japanese", got)
	}

	// An unknown code: 422 naming the supported codes, and nothing saved.
	refused := browsertest.Value(b, chromedp.Evaluate[[]string](`(async () => {
		const token = JSON.parse(document.body.dataset.hxHeaders)["X-CSRF-Token"];
		const res = await fetch("/profile/language", {method: "POST", headers: {"Content-Type": "application/x-www-form-urlencoded"},
			body: "_csrf=" + encodeURIComponent(token) + "&language=klingon"});
		const doc = new DOMParser().parseFromString(await res.text(), "text/html");
		return [String(res.status), (doc.querySelector("#language-error") || {}).textContent || ""];
	})()`, chromedp.EvalAwaitPromise))
	if refused[0] != "422" || !strings.Contains(refused[1], "klingon") || !strings.Contains(refused[1], "pt-BR") || !strings.Contains(refused[1], "zh-Hans") {
		t.Errorf("an unknown language answered %v; want 422 naming it and the supported codes", refused)
	}
	lp.ownerAPI(http.MethodGet, "/api/v1/contacts/"+ada, nil, &c)
	if c.Language != "ja" {
		t.Errorf("a refused code changed the language to %q", c.Language)
	}

	// Back to the browser's language (English here).
	b.Run(chromedp.Navigate(lp.origin() + "/profile"))
	b.Run(chromedp.SetValue(chromedp.CSS(`#language`), ""), chromedp.Click(chromedp.CSS(`.language-form button[type=submit]`)))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`.alert-ok`)))
	if got := b.Text(".alert-ok"); got != "Your language is saved." {
		t.Errorf("back to the browser's language the notice reads %q", got)
	}
	lp.ownerAPI(http.MethodGet, "/api/v1/contacts/"+ada, nil, &c)
	if c.Language != "" {
		t.Errorf("the browser's language saved %q, want empty", c.Language)
	}
}

func TestAMalformedAcceptLanguageFallsBackToTheWorkspacesDefault(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	fr := "fr"
	lp.ownerAPI(http.MethodPatch, "/api/v1/portal/settings", api.PortalSettings{Language: &fr}, nil)
	login := func(acceptLanguage string) (string, *http.Response) {
		req, err := http.NewRequest(http.MethodGet, lp.origin()+"/login", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept-Language", acceptLanguage)
		res, err := lp.httpClient().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return string(body), res
	}
	for _, garbage := range []string{";;;q=x", "en-US;q=abc,,", "xx-nowhere", strings.Repeat("a", 300)} {
		body, res := login(garbage)
		if res.StatusCode != http.StatusOK || !strings.Contains(body, `<html lang="fr" dir="ltr">`) || !strings.Contains(body, "Se connecter à Acme") {
			t.Errorf("Accept-Language %.20q: status %d, want the workspace's French login page:\n%.400s", garbage, res.StatusCode, body)
		}
		if !strings.Contains(res.Header.Get("Vary"), "Accept-Language") {
			t.Errorf("the login page does not vary on Accept-Language: %q", res.Header.Get("Vary"))
		}
	}
	if body, _ := login("de-CH"); !strings.Contains(body, `<html lang="de"`) {
		t.Errorf("a German browser gets %.200q; its language wins over the workspace's", body)
	}
}
